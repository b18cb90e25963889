// Scenario 5: SIGINT to act while the tests run. The post steps run, diagnostics are uploaded and say
// the run was cancelled, and nothing is left: no container, network or volume of ours; in cluster mode,
// against a cluster that outlives the job, no namespace or Job of the run.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { startResultsServer, type ResultsServer } from './results-server/server.js';
import { runWorkflow, uniqueRunId } from './support/act.js';
import { readArtifactFromDisk } from './support/artifacts.js';
import { ensureEngine } from './support/engine.js';
import { environmentsOf, leftovers } from './support/leftovers.js';
import { testCluster } from '../support/kube.js';

const run = promisify(execFile);
const WORKFLOW = 'test/e2e/workflows/cancel.yml';

let server: ResultsServer;
let scratch: string;

before(async () => {
  await ensureEngine();
  scratch = await mkdtemp(path.join(os.tmpdir(), 'inception-e2e-cancel-'));
  server = await startResultsServer({ dir: path.join(scratch, 'results') });
});

after(async () => {
  await server?.close();
  await rm(scratch, { recursive: true, force: true });
});

describe('a run cancelled while the tests run', { timeout: 300_000 }, () => {
  it('Docker path: diagnostics marked cancelled, and the environment is gone', async () => {
    const result = await runWorkflow({
      workflow: WORKFLOW,
      job: 'docker',
      server,
      signalAfter: { step: 'tests', output: /tests started/, delayMs: 1000 },
    });
    const context = `act exited ${result.exitCode}\n${result.log.slice(-20_000)}\n${result.stderr}`;
    assert.ok(result.signalledAt !== undefined, context);
    assert.ok(result.durationMs < 200_000, `the 300 s test was cut short\n${context}`);
    const posts = result.steps
      .filter((step) => step.stage === 'Post')
      .map((step) => [step.name, step.result]);
    assert.deepEqual(posts, [
      ['./run-tests', 'success'],
      ['./setup-docker', 'success'],
    ]);
    const [artifact, ...others] = server.artifacts.list(result.runId);
    assert.ok(artifact, context);
    assert.deepEqual(others, []);
    const files = await readArtifactFromDisk(server.dir, result.runId, artifact.name);
    const index = files.get('index.md')?.toString('utf8') ?? '';
    assert.match(index, /\*\*The run was cancelled\*\* while tests ran/, index);
    const log = [...files.keys()].find((name) => /^tests\/[^/]+\/log\.txt$/.test(name));
    assert.ok(log, [...files.keys()].join(', '));
    assert.match(files.get(log)!.toString('utf8'), /tests started/);
    const environments = environmentsOf(result.log);
    assert.equal(environments.length, 1, `environments brought up: ${environments.join(', ')}`);
    assert.deepEqual(await leftovers(environments), []);
  });

  it('cluster mode: the cancelled run deletes its Job and namespace', async () => {
    const cluster = testCluster();
    const image = `inception-e2e-sleeper:${uniqueRunId()}`;
    await run('docker', ['tag', 'debian:bookworm-slim', image]);
    try {
      await run(process.env.KIND || 'kind', ['load', 'docker-image', image, '--name', cluster.name], {
        timeout: 180_000,
      });
      const result = await runWorkflow({
        workflow: WORKFLOW,
        job: 'cluster',
        server,
        env: { TEST_KUBECONFIG: cluster.kubeconfig, TEST_IMAGE: image },
        signalAfter: { step: 'tests', output: /tests started/, delayMs: 1000 },
      });
      const context = `act exited ${result.exitCode}\n${result.log.slice(-20_000)}\n${result.stderr}`;
      assert.ok(result.signalledAt !== undefined, context);
      const namespace = /Created namespace (\S+)/.exec(result.log)?.[1];
      assert.ok(namespace, context);
      // Deleting a namespace deletes its Jobs; both are gone once the namespace is.
      const gone = await waitFor(async () => {
        const found = await cluster.clients.core.readNamespace({ name: namespace }).catch(() => undefined);
        const jobs = await cluster.clients.batch
          .listNamespacedJob({ namespace })
          .catch(() => ({ items: [] }));
        return !found && jobs.items.length === 0;
      }, 120_000);
      assert.ok(gone, `namespace ${namespace} or its Job is still there\n${context}`);
    } finally {
      await run('docker', ['rmi', image]).catch(() => undefined);
    }
  });
});

async function waitFor(check: () => Promise<boolean>, timeoutMs = 60_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  return false;
}
