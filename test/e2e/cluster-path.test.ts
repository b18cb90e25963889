// Scenario 3: the cluster path under act. setup-kind (our offline node image), build-images with
// load: kind, the fixture system, run-tests in cluster mode failing because a pod the worker spawned
// crashed. setup-kind's post step collects before it deletes the cluster; setup-docker's post step in the
// same job uploads under another name.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { startResultsServer, type ResultsServer } from './results-server/server.js';
import { runWorkflow, type WorkflowRun } from './support/act.js';
import { readArtifactFromDisk } from './support/artifacts.js';
import { ensureEngine } from './support/engine.js';
import { environmentsOf, leftovers } from './support/leftovers.js';
import { findKindTools } from '../support/kind-cluster.js';
import { actionsRepository, runIn, type ActionsRepository } from './support/actions-repository.js';

const exec = promisify(execFile);

let server: ResultsServer;
let scratch: string;
let run: WorkflowRun;
let actions: ActionsRepository;
let files: Map<string, Buffer>;
const texts = (pattern: RegExp) =>
  [...files.entries()].filter(([name]) => pattern.test(name)).map(([, data]) => data.toString('utf8'));

before(async () => {
  await ensureEngine();
  const tools = await findKindTools();
  scratch = await mkdtemp(path.join(os.tmpdir(), 'inception-e2e-cluster-'));
  server = await startResultsServer({ dir: path.join(scratch, 'results') });
  actions = await actionsRepository();
  run = await runWorkflow({
    ...runIn(actions),
    workflow: 'test/e2e/workflows/cluster-path.yml',
    server,
    vars: { KIND_NODE_IMAGE: tools.nodeImage },
    path: [path.dirname(tools.kind)],
    timeoutMs: 15 * 60_000,
  });
});

after(async () => {
  await server?.close();
  await actions?.remove();
  await rm(scratch, { recursive: true, force: true });
});

const context = () => `act exited ${run.exitCode}\n${run.log.slice(-30_000)}\n${run.stderr}`;

describe('the cluster path under act', { timeout: 20 * 60_000 }, () => {
  it('fails in the tests step, and every post step succeeds', () => {
    const main = run.steps.filter((step) => step.stage === 'Main');
    assert.equal(main.find((step) => step.id === 'tests')?.result, 'failure', context());
    assert.ok(
      main.filter((step) => step.id !== 'tests').every((step) => step.result === 'success'),
      context(),
    );
    const posts = run.steps.filter((step) => step.stage === 'Post');
    assert.ok(posts.length >= 3 && posts.every((step) => step.result === 'success'), context());
  });

  it('uploads the cluster and the Docker diagnostics under two names', async () => {
    const names = server.artifacts
      .list(run.runId)
      .map((artifact) => artifact.name)
      .sort();
    assert.deepEqual(
      names,
      ['inception-diagnostics-cluster-attempt1', 'inception-diagnostics-cluster-cluster-attempt1'],
      context(),
    );
    files = await readArtifactFromDisk(
      server.dir,
      run.runId,
      'inception-diagnostics-cluster-cluster-attempt1',
    );
  });

  it("holds the test Job's pod log, the worker's, and the processor pod the worker spawned, with describe and events", () => {
    const names = [...files.keys()].join('\n');
    assert.ok(
      texts(/^kubernetes\/.*services.*inception-tests.*log/).some((text) =>
        /test_fails_on_purpose/.test(text),
      ),
      names,
    );
    assert.ok(
      texts(/^kubernetes\/.*worker.*log/).some((text) => /worker: job \w+ failed in pod process-/.test(text)),
      names,
    );
    assert.ok(
      texts(/^kubernetes\/.*process-.*log/).some((text) =>
        /processor: cannot process job \w+: poisoned input/.test(text),
      ),
      names,
    );
    assert.ok(
      texts(/process-.*describe|describe.*process-/).some((text) => /Exit Code:\s+3/i.test(text)),
      names,
    );
    assert.ok(
      texts(/events/).some((text) => /services/.test(text)),
      names,
    );
  });

  it('names the failing test step first in index.md', () => {
    const index = files.get('index.md')!.toString('utf8');
    assert.match(
      index.split('\n').slice(0, 6).join('\n'),
      /## What failed first[\s\S]*test step \*\*\S+\*\* \(Job services\/\S+\) failed, exit code 1/,
      index,
    );
  });

  it('deletes the cluster, and leaves nothing of ours on the engine', async () => {
    const { stdout } = await exec('docker', [
      'ps',
      '-a',
      '--filter',
      'label=io.x-k8s.kind.cluster',
      '--format',
      '{{.Names}}',
    ]);
    const clusterName = /kind cluster (\S+)/.exec(run.log)?.[1] ?? '';
    assert.ok(clusterName, context());
    assert.deepEqual(
      stdout.split('\n').filter((name) => name.startsWith(`${clusterName}-`)),
      [],
    );
    const environments = environmentsOf(run.log);
    assert.equal(environments.length, 1, `environments brought up: ${environments.join(', ')}`);
    assert.deepEqual(await leftovers(environments), []);
  });
});
