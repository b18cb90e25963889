import { lstat, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ComposeProject } from '../../config/compose/index.js';
import { DockerIgnore } from '../../docker/build/context-ignore.js';

/** Every file and symbolic link below `folder` (absolute paths). Links are entries, never followed: a
 * sync copies the link, as compose does. Nothing is skipped here; the rules' ignores decide. */
export async function filesUnder(folder: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(folder, { withFileTypes: true }).catch(() => [])) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) found.push(...(await filesUnder(full)));
    else if (entry.isFile() || entry.isSymbolicLink()) found.push(full);
  }
  return found;
}

/** The file itself, or what is below it when it is a folder (not through a link). */
export async function filesAt(target: string): Promise<string[]> {
  const info = await lstat(target).catch(() => undefined);
  return info?.isDirectory() ? filesUnder(target) : [target];
}

/** Each changed folder (a copied-in tree arrives as one event) stands for the files under it. */
export async function expandFolders(changed: string[]): Promise<string[]> {
  const expanded = new Set<string>();
  for (const file of changed) for (const inside of await filesAt(file)) expanded.add(inside);
  return [...expanded];
}

/** Each watched service's build-context .dockerignore: compose leaves what it ignores out of watch too. */
export async function contextIgnores(project: ComposeProject): Promise<Map<string, DockerIgnore>> {
  const found = new Map<string, DockerIgnore>();
  for (const service of project.services) {
    if (!service.build || service.watch.length === 0) continue;
    const file = path.join(service.build.context, '.dockerignore');
    const text = await readFile(file, 'utf8').catch(() => undefined);
    if (text !== undefined) found.set(service.name, new DockerIgnore(text, file));
  }
  return found;
}
