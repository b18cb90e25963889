// What the stand-ins for actions/upload-artifact and actions/download-artifact do under act, with the same
// @actions/artifact client those actions use: `tsx artifacts.ts upload NAME PATH` and
// `tsx artifacts.ts download PATTERN PATH MERGE`. Run by the composite actions beside this file.
import { DefaultArtifactClient } from '@actions/artifact';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { findFiles } from '../../../../src/shared/files/glob-files.js';
import { globToRegExp } from '../../../../src/shared/files/glob.js';

const [command, name, target, merge] = process.argv.slice(2);
const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
const client = new DefaultArtifactClient();

async function upload(artifact: string, given: string): Promise<void> {
  const root = path.resolve(workspace, given);
  const found = await stat(root).catch(() => undefined);
  if (!found) {
    // As upload-artifact's default, if-no-files-found: warn.
    console.log(`::warning::upload-artifact stand-in: no files at ${given}; ${artifact} not uploaded`);
    return;
  }
  const isFolder = found.isDirectory();
  const files = isFolder ? (await findFiles(root, ['**'])).map((file) => path.join(root, file)) : [root];
  if (files.length === 0) {
    console.log(`::warning::upload-artifact stand-in: no files at ${given}; ${artifact} not uploaded`);
    return;
  }
  const { id, size } = await client.uploadArtifact(artifact, files, isFolder ? root : path.dirname(root));
  console.log(`upload-artifact stand-in: ${artifact} (${files.length} file(s), ${size} bytes) id ${id}`);
}

async function download(pattern: string, given: string, mergeMultiple: boolean): Promise<void> {
  const matches = globToRegExp(pattern);
  const { artifacts } = await client.listArtifacts();
  const chosen = artifacts.filter((artifact) => matches.test(artifact.name));
  for (const artifact of chosen) {
    const into = mergeMultiple
      ? path.resolve(workspace, given)
      : path.resolve(workspace, given, artifact.name);
    await client.downloadArtifact(artifact.id, { path: into });
    console.log(`download-artifact stand-in: ${artifact.name} into ${path.relative(workspace, into)}`);
  }
  if (chosen.length === 0) console.log(`download-artifact stand-in: no artifact matches ${pattern}`);
}

if (command === 'upload' && name && target) await upload(name, target);
else if (command === 'download' && name && target) await download(name, target, merge === 'true');
else
  throw new Error(
    `usage: artifacts.ts upload NAME PATH | download PATTERN PATH MERGE (got ${process.argv.slice(2).join(' ')})`,
  );
