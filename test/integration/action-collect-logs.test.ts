import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import Docker from 'dockerode';
import { LABEL_ENVIRONMENT, LABEL_MANAGED, LABEL_SERVICE } from '../../src/docker/labels.js';
import { parseCommandFile } from '../support/action-runner.js';

const docker = new Docker();
const environment = `collect-action-${randomBytes(4).toString('hex')}`;

interface Run {
  outputs: Record<string, string>;
  summary: string;
  stdout: string;
  exitCode: number | null;
  runnerTemp: string;
}

const ENTRY = `
import { runActionEntry } from ${JSON.stringify(new URL('../../src/actions/run-action.ts', import.meta.url).href)};
import { collectLogsAction } from ${JSON.stringify(new URL('../../src/actions/collect-logs.ts', import.meta.url).href)};
await runActionEntry(collectLogsAction);
`;

/** Runs the action's entry as the runner does: its own process, real INPUT_* variables and command files. */
async function runAction(
  inputs: Record<string, string>,
  extraEnv: Record<string, string> = {},
): Promise<Run> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'collect-logs-action-'));
  tempDirs.push(dir);
  const files = Object.fromEntries(
    ['GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_ENV', 'GITHUB_STEP_SUMMARY'].map((name) => [
      name,
      path.join(dir, name),
    ]),
  );
  for (const file of Object.values(files)) await writeFile(file, '');
  const env: Record<string, string | undefined> = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(INPUT_|STATE_|GITHUB_|ACTIONS_|RUNNER_)/.test(key)),
  );
  delete env.INCEPTION_ENVIRONMENT;
  Object.assign(
    env,
    files,
    { RUNNER_TEMP: dir, GITHUB_JOB: 'integration', GITHUB_RUN_ATTEMPT: '2' },
    extraEnv,
  );
  for (const [name, value] of Object.entries(inputs))
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;

  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', ENTRY], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  const [exitCode] = (await once(child, 'close')) as [number | null];
  return {
    outputs: parseCommandFile(await readFile(files.GITHUB_OUTPUT as string, 'utf8')),
    summary: await readFile(files.GITHUB_STEP_SUMMARY as string, 'utf8'),
    stdout,
    exitCode,
    runnerTemp: dir,
  };
}

const tempDirs: string[] = [];

describe('collect-logs action entry', () => {
  before(async () => {
    const labels = { [LABEL_MANAGED]: 'true', [LABEL_ENVIRONMENT]: environment };
    await docker.createNetwork({ Name: environment, Labels: labels });
    for (const [service, cmd] of [
      ['api', 'echo "api: cannot reach db" >&2; exit 3'],
      ['worker', 'echo done'],
    ] as const) {
      const container = await docker.createContainer({
        name: `${environment}-${service}`,
        Image: 'debian:bookworm-slim',
        Cmd: ['sh', '-c', cmd],
        Labels: { ...labels, [LABEL_SERVICE]: service },
        HostConfig: { NetworkMode: environment },
      });
      await container.start();
      await container.wait();
    }
  });

  after(async () => {
    const filters = { label: [`${LABEL_ENVIRONMENT}=${environment}`] };
    for (const info of await docker.listContainers({ all: true, filters })) {
      await docker.getContainer(info.Id).remove({ force: true });
    }
    for (const network of await docker.listNetworks({ filters }))
      await docker.getNetwork(network.Id).remove();
    for (const dir of tempDirs) await rm(dir, { recursive: true, force: true });
  });

  test('collects, sets outputs and writes the job summary without failing the job', async () => {
    const run = await runAction({ environment, matrix: '{"shard":1}', 'retention-days': '3' });
    assert.equal(run.exitCode, 0, run.stdout);
    const name = 'inception-diagnostics-integration-1-attempt2';
    assert.equal(run.outputs['artifact-name'], name);
    assert.equal(run.outputs.path, path.join(run.runnerTemp, 'inception-diagnostics', name));
    assert.equal(run.outputs['artifact-id'], '');
    assert.ok((await stat(path.join(run.outputs.path as string, 'index.md'))).isFile());
    const log = await readFile(
      path.join(run.outputs.path as string, 'containers', `${environment}-api`, 'log.txt'),
      'utf8',
    );
    assert.match(log, /stderr api: cannot reach db/);
    assert.match(run.summary, new RegExp(`First failure: ${environment}-api \\(api\\) — exited with 3`));
    assert.match(run.summary, /api: cannot reach db/);
    assert.doesNotMatch(run.summary, /\| [^|]*-worker \|/);
    assert.match(run.stdout, /::group::Collect Docker diagnostics/);
    assert.match(run.stdout, /ACTIONS_RUNTIME_TOKEN/);
    assert.doesNotMatch(run.stdout, /::warning::|::error::/);
  });

  test('takes the environment from INCEPTION_ENVIRONMENT', async () => {
    const run = await runAction({ 'artifact-name': 'custom-name' }, { INCEPTION_ENVIRONMENT: environment });
    assert.equal(run.outputs['artifact-name'], 'custom-name');
    assert.match(run.summary, new RegExp(`${environment}-api`));
  });

  test('invalid inputs are warnings and diagnostics are still collected', async () => {
    const run = await runAction({ environment, upload: 'maybe', 'retention-days': 'soon' });
    assert.equal(run.exitCode, 0);
    assert.match(run.stdout, /::warning::Input "upload" is "maybe"; write true or false\. Using true\./);
    assert.match(run.stdout, /::warning::Input "retention-days" is "soon"/);
    assert.match(run.summary, /exited with 3/);
  });

  test('an engine that does not answer is a warning, not a failed job', async () => {
    const run = await runAction({ environment }, { DOCKER_HOST: 'unix:///nonexistent/docker.sock' });
    assert.equal(run.exitCode, 0);
    assert.match(run.stdout, /::warning::Could not collect diagnostics: No Docker engine answers/);
    assert.ok(run.outputs.path);
    assert.ok(run.outputs['artifact-name']);
  });
});
