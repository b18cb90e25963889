import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { removeEnvironment } from '../../src/docker/environment/cleanup/cleanup.js';
import { LABEL_ENVIRONMENT, LABEL_MANAGED, LABEL_SERVICE } from '../../src/shared/identity/labels.js';
import { silentLogger } from '../../src/log.js';
import { ActionJob, type StepResult } from '../support/action-runner.js';
import { docker } from '../support/docker.js';
const environment = `collect-action-${randomBytes(4).toString('hex')}`;

const jobs: ActionJob[] = [];

/** The bundled entry in a job of its own (RUNNER_TEMP is its folder); a HOME without a kubeconfig. */
async function runAction(
  inputs: Record<string, string>,
  extraEnv: Record<string, string> = {},
): Promise<StepResult & { runnerTemp: string }> {
  const job = new ActionJob({ GITHUB_RUN_ATTEMPT: '2' });
  jobs.push(job);
  const result = await job.run('collect-logs', inputs, 'main', { HOME: job.folder, ...extraEnv });
  return { ...result, runnerTemp: job.folder };
}

describe('collect-logs, bundled, as the runner runs it', () => {
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
    await removeEnvironment(docker, environment, silentLogger);
    for (const job of jobs) await rm(job.folder, { recursive: true, force: true });
  });

  test('collects, sets outputs and writes the job summary without failing the job', async () => {
    const run = await runAction({ environment, matrix: '{"shard":1}', 'retention-days': '3' });
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
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
    // Without an environment every managed container would be collected, under another heading.
    assert.match(run.summary, new RegExp(`^### Diagnostics of environment \`${environment}\`$`, 'm'));
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
