// `inception restart db` restarts, after db, the services whose depends_on names db with restart: true, as
// `docker compose restart db` does; a dependent without it keeps its container.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { LABEL_SERVICE, labelFilter } from '../../src/shared/identity/labels.js';
import { startCli } from '../support/cli-process.js';
import { docker, EnvironmentNames } from '../support/docker.js';

const names = new EnvironmentNames();
const environment = names.next('cli-restart');
const folder = mkdtempSync(path.join(os.tmpdir(), 'inception-restart-dependents-'));
const idle = `['bash', '-c', 'echo ready; trap "exit 0" TERM; sleep infinity & wait']`;

async function inception(args: string[]): Promise<{ code: number | null; output: string }> {
  const cli = startCli(args, { cwd: folder });
  const { code } = await cli.exited;
  return { code, output: cli.output() };
}

async function containerIds(): Promise<Record<string, string>> {
  const containers = await docker.listContainers({
    all: true,
    filters: JSON.stringify(labelFilter(environment)),
  });
  return Object.fromEntries(containers.map((info) => [info.Labels[LABEL_SERVICE] ?? '', info.Id]));
}

describe('restart with depends_on restart: true', () => {
  before(async () => {
    const service = (dependsOn: string) =>
      `    image: debian:bookworm-slim\n    command: ${idle}\n    x-inception: { wait: { log: ready }, timeout: 60s }\n${dependsOn}`;
    writeFileSync(
      path.join(folder, 'compose.yml'),
      `services:
  db:
${service('')}
  api:
${service('    depends_on:\n      db: { condition: service_started, restart: true }\n')}
  worker:
${service('    depends_on:\n      api: { condition: service_started, restart: true }\n')}
  report:
${service('    depends_on: [db]\n')}
`,
    );
    const up = await inception(['up', '--name', environment]);
    assert.equal(up.code, 0, up.output);
  });
  after(async () => {
    await inception(['down']);
    await names.removeAll();
  });

  test('restart db: api and worker (through api) restart after it, report keeps its container', async () => {
    const beforeIds = await containerIds();
    const restart = await inception(['restart', 'db']);
    assert.equal(restart.code, 0, restart.output);
    assert.match(restart.output, /api, worker: restarted too, their depends_on says restart: true/);
    const afterIds = await containerIds();
    for (const service of ['db', 'api', 'worker'])
      assert.notEqual(afterIds[service], beforeIds[service], `${service} has a new container`);
    assert.equal(afterIds.report, beforeIds.report, 'report kept its container');
    const api = await docker.getContainer(afterIds.api!).inspect();
    assert.equal(api.State.Running, true);
  });
});
