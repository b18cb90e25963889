import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { LABEL_ENVIRONMENT } from '../../src/shared/identity/labels.js';
import { startCli } from '../support/cli-process.js';
import { BASE_IMAGE, EnvironmentNames, resourcesLabelled } from '../support/docker.js';

const names = new EnvironmentNames();
after(() => names.removeAll());

/** A project whose web service records its hooks in a folder bound from here: post_start writes
 * `post` (its user and environment too), pre_stop writes `pre`; web is ready once `post` exists, so the
 * wait comes after the hook. */
function project(postStart: string): { folder: string; out: string } {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'inception-hooks-'));
  const out = path.join(folder, 'out');
  mkdirSync(out, { mode: 0o777 });
  writeFileSync(
    path.join(folder, 'compose.yml'),
    `services:
  web:
    image: ${BASE_IMAGE}
    init: true
    command: ["sleep", "infinity"]
    volumes: ["./out:/out"]
    healthcheck: { test: ["CMD", "test", "-f", "/out/post"], interval: 1s, retries: 30 }
    post_start:
      ${postStart}
    pre_stop:
      - command: ["sh", "-c", "date +%s%N > /out/pre"]
`,
  );
  return { folder, out };
}

async function inception(args: string[], cwd: string): Promise<{ code: number | null; output: string }> {
  const cli = startCli(args, { cwd });
  const { code } = await cli.exited;
  return { code, output: cli.output() };
}

describe('post_start and pre_stop hooks, as compose runs them', () => {
  test('post_start runs before the wait; pre_stop before restart and down --graceful, not before a plain down', async () => {
    const { folder, out } = project(
      '- { command: ["sh", "-c", "echo \\"$$(id -un) $$STAGE\\" > /out/post"], user: root, environment: { STAGE: ci } }',
    );
    const environment = names.next('cli-hooks');
    const up = await inception(['up', '--name', environment], folder);
    assert.equal(up.code, 0, up.output);
    assert.equal(readFileSync(path.join(out, 'post'), 'utf8'), 'root ci\n');
    assert.equal(existsSync(path.join(out, 'pre')), false, 'nothing stopped yet');

    const restart = await inception(['restart', 'web'], folder);
    assert.equal(restart.code, 0, restart.output);
    assert.ok(existsSync(path.join(out, 'pre')), `pre_stop ran before the restart's stop\n${restart.output}`);
    rmSync(path.join(out, 'pre'));

    const down = await inception(['down', '--graceful'], folder);
    assert.equal(down.code, 0, down.output);
    assert.ok(existsSync(path.join(out, 'pre')), `pre_stop ran before the graceful stop\n${down.output}`);
    assert.deepEqual((await resourcesLabelled(`${LABEL_ENVIRONMENT}=${environment}`)).containers, []);

    rmSync(path.join(out, 'pre'));
    const again = names.next('cli-hooks');
    assert.equal((await inception(['up', '--name', again], folder)).code, 0);
    const plain = await inception(['down'], folder);
    assert.equal(plain.code, 0, plain.output);
    assert.equal(existsSync(path.join(out, 'pre')), false, 'a plain down kills at once, as it always has');
  });

  test('a post_start that fails fails the service, naming the hook, its exit code and its output', async () => {
    const { folder } = project('- command: ["sh", "-c", "echo no migrations table >&2; exit 4"]');
    const environment = names.next('cli-hooks-fail');
    const up = await inception(['up', '--name', environment], folder);
    assert.equal(up.code, 1, up.output);
    assert.match(
      up.output,
      /service "web" failed in its post_start: `sh -c echo no migrations table >&2; exit 4` exited with code 4; its output:\s+no migrations table/,
    );
  });
});
