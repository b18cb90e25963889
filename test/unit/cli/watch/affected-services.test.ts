import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { affectedServices } from '../../../../src/cli/watch/affected-services.js';
import { loadComposeFile } from '../../../../src/config/compose/index.js';

const folder = mkdtempSync(path.join(os.tmpdir(), 'inception-affected-'));
for (const dir of ['api', 'api-gateway', 'worker']) mkdirSync(path.join(folder, dir));
writeFileSync(
  path.join(folder, 'compose.yml'),
  'services:\n  api: { build: api }\n  gateway: { build: ./api-gateway }\n  worker: { build: { context: worker } }\n  db: { image: postgres:16 }\n',
);
const project = await loadComposeFile(path.join(folder, 'compose.yml'));
const at = (file: string) => path.join(folder, file);

test('the services whose build context holds a changed file, and only those', () => {
  const cases: [changed: string[], refreshed: string[]][] = [
    [[at('api/main.go')], ['api']],
    [[at('api-gateway/nginx.conf')], ['gateway']],
    [
      [at('api'), at('worker/deep/job.py')],
      ['api', 'worker'],
    ],
    [[at('tests/test_api.py'), at('compose.yml')], []],
  ];
  for (const [changed, refreshed] of cases) assert.deepEqual(affectedServices(project, changed), refreshed);
});
