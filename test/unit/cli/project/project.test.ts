import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { findComposeFiles } from '../../../../src/config/compose/index.js';
import { resolveProject } from '../../../../src/cli/project/project.js';

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
  // compose-go v2.9 (docker compose v2.40): DefaultFileNames, then the first of DefaultOverrideFileNames.
  const cases: [files: string[], picked: string[]][] = [
    [['docker-compose.yml', 'compose.yml'], ['compose.yml']],
    [['compose.yml', 'compose.yaml'], ['compose.yaml']],
    [['docker-compose.yml', 'docker-compose.yaml'], ['docker-compose.yml']],
    [['docker-compose.yaml'], ['docker-compose.yaml']],
    [
      ['compose.yml', 'compose.override.yml'],
      ['compose.yml', 'compose.override.yml'],
    ],
    [
      ['compose.yaml', 'compose.override.yaml', 'compose.override.yml'],
      ['compose.yaml', 'compose.override.yml'],
    ],
    [
      ['docker-compose.yml', 'docker-compose.override.yaml'],
      ['docker-compose.yml', 'docker-compose.override.yaml'],
    ],
    [
      ['compose.yml', 'docker-compose.override.yml'],
      ['compose.yml', 'docker-compose.override.yml'],
    ],
    [['compose.override.yml'], []],
  ];
  for (const [files, picked] of cases) {
    test(`${files.join(' + ')}: ${picked.join(' + ') || 'none'}, as docker compose picks`, () => {
      const folder = folderWith(files);
      const found = findComposeFiles(folder, {});
      assert.deepEqual(
        found ?? [],
        picked.map((file) => path.join(folder, file)),
      );
    });
  }

  test('from a subfolder, the nearest one above, with the override file beside it', () => {
    const folder = folderWith(['compose.yml', 'compose.override.yml', 'src/deep/compose.override.yml']);
    assert.deepEqual(findComposeFiles(path.join(folder, 'src/deep'), {}), [
      path.join(folder, 'compose.yml'),
      path.join(folder, 'compose.override.yml'),
    ]);
  });

  test('COMPOSE_FILE: its files alone, no override added', () => {
    const folder = folderWith(['compose.yml', 'compose.override.yml', 'dev.yml']);
    assert.deepEqual(findComposeFiles(folder, { COMPOSE_FILE: `compose.yml${path.delimiter}dev.yml` }), [
      path.join(folder, 'compose.yml'),
      path.join(folder, 'dev.yml'),
    ]);
  });

  test('no inception.yml: the compose file alone, its work folder beside it', async () => {
    const folder = folderWith(['compose.yml']);
    const project = await resolveProject({}, folder);
    assert.equal(project.fromInceptionYml, false);
    assert.equal(project.config.compose, path.join(folder, 'compose.yml'));
    assert.deepEqual(project.config.composeOverrides, []);
    assert.equal(project.config.tests, undefined);
    assert.equal(path.dirname(project.config.file), folder);
  });

  test('no inception.yml, no --file: the override file on top; --file: that file alone', async () => {
    const folder = folderWith(['compose.yml', 'compose.override.yml', 'dev.yml']);
    const picked = await resolveProject({}, folder, {});
    assert.equal(picked.config.compose, path.join(folder, 'compose.yml'));
    assert.deepEqual(picked.config.composeOverrides, [path.join(folder, 'compose.override.yml')]);
    const named = await resolveProject({ file: 'dev.yml' }, folder, {});
    assert.equal(named.config.compose, path.join(folder, 'dev.yml'));
    assert.deepEqual(named.config.composeOverrides, []);
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
