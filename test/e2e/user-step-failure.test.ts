// Scenario 4: a user's own `run:` step fails after setup-docker; collect-logs with `when: job-failure`
// uploads the diagnostics from its post step. The passing leg uploads nothing.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { startResultsServer, type ResultsServer } from './results-server/server.js';
import { runWorkflow } from './support/act.js';
import { readArtifactFromDisk } from './support/artifacts.js';
import { ensureEngine } from './support/engine.js';
import { environmentsOf, leftovers } from './support/leftovers.js';
import { actionsRepository, runIn } from './support/actions-repository.js';

let server: ResultsServer;
let scratch: string;

before(async () => {
  await ensureEngine();
  scratch = await mkdtemp(path.join(os.tmpdir(), 'inception-e2e-user-step-'));
  server = await startResultsServer({ dir: path.join(scratch, 'results') });
});

after(async () => {
  await server?.close();
  await rm(scratch, { recursive: true, force: true });
});

test("a failing step of the user's own gets the diagnostics artifact; a passing job none", async () => {
  const actions = await actionsRepository();
  const run = await runWorkflow({
    ...runIn(actions),
    workflow: 'test/e2e/workflows/user-step-failure.yml',
    server,
  }).finally(() => actions.remove());
  const context = `act exited ${run.exitCode}\n${run.log.slice(-20_000)}\n${run.stderr}`;
  const own = run.jobs.map((job) => [
    job.matrix.page,
    run.steps.find((step) => step.job === job.name && step.id === 'own')?.result,
  ]);
  assert.deepEqual(
    own.sort(),
    [
      ['healthz', 'success'],
      ['no-such-page', 'failure'],
    ],
    context,
  );
  const artifacts = server.artifacts.list(run.runId);
  assert.deepEqual(
    artifacts.map((artifact) => artifact.name),
    ['inception-diagnostics-integration-no-such-page-attempt1'],
    context,
  );
  const files = await readArtifactFromDisk(server.dir, run.runId, artifacts[0]!.name);
  const index = files.get('index.md')?.toString('utf8') ?? '';
  assert.match(index, /fixtures-[0-9a-f]+-api/, [...files.keys()].join(', '));
  const apiLog = [...files.keys()].find((name) => /containers\/[^/]*-api\/log\.txt$/.test(name));
  assert.ok(apiLog, [...files.keys()].join(', '));
  assert.match(
    files.get(apiLog)!.toString('utf8'),
    /no-such-page/,
    "the api's log holds the failing request",
  );
  const environments = environmentsOf(run.log);
  assert.equal(environments.length, 2, `environments brought up: ${environments.join(', ')}`);
  assert.deepEqual(await leftovers(environments), []);
});
