import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { findComposeFile, resolveProject } from '../../../../src/cli/project/project.js';

function folderWith(files: string[]): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'inception-project-'));
  for (const file of files) {
    mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
    writeFileSync(
      path.join(folder, file),
      file.endsWith('inception.yml') ? 'compose: other.yml\n' : 'services: {}\n',
    );
  }
  return folder;
}

describe('which compose file the commands use', () => {
  const cases: [files: string[], picked: string][] = [
    [['docker-compose.yml', 'compose.yml'], 'compose.yml'],
    [['compose.yml', 'compose.yaml'], 'compose.yaml'],
    [['docker-compose.yml', 'docker-compose.yaml'], 'docker-compose.yaml'],
    [['docker-compose.yml'], 'docker-compose.yml'],
  ];
  for (const [files, picked] of cases) {
    test(`${files.join(' + ')}: ${picked}, as docker compose picks`, () => {
      const folder = folderWith(files);
      assert.equal(findComposeFile(folder), path.join(folder, picked));
    });
  }

  test('from a subfolder, the nearest one above', () => {
    const folder = folderWith(['compose.yml', 'src/deep/.keep']);
    assert.equal(findComposeFile(path.join(folder, 'src/deep')), path.join(folder, 'compose.yml'));
  });

  test('no inception.yml: the compose file alone, its work folder beside it', async () => {
    const folder = folderWith(['compose.yml']);
    const project = await resolveProject({}, folder);
    assert.equal(project.fromInceptionYml, false);
    assert.equal(project.config.compose, path.join(folder, 'compose.yml'));
    assert.equal(project.config.tests, undefined);
    assert.equal(path.dirname(project.config.file), folder);
  });

  test('an inception.yml wins; --file overrides its compose:', async () => {
    const folder = folderWith(['inception.yml', 'compose.yml', 'dev.yml']);
    assert.equal((await resolveProject({}, folder)).config.compose, path.join(folder, 'other.yml'));
    const overridden = await resolveProject({ file: 'dev.yml' }, folder);
    assert.equal(overridden.fromInceptionYml, true);
    assert.equal(overridden.config.compose, path.join(folder, 'dev.yml'));
  });

  test('nothing there: an error saying what to do', async () => {
    const folder = mkdtempSync(path.join('/', 'tmp', 'inception-empty-'));
    await assert.rejects(
      resolveProject({}, folder),
      /no inception\.yml and no compose file .*--file <compose file>/,
    );
    await assert.rejects(resolveProject({ file: 'gone.yml' }, folder), /gone\.yml \(--file\) not found/);
  });
});
