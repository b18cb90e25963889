// Scenarios 1 and 2: the Docker path under act, a matrix of a passing and a failing leg, run twice
// with the same run id (attempt 1 and 2). Reads what the runs left: artifacts, job results, the engine.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startResultsServer, type ResultsServer } from './results-server/server.js';
import { runWorkflow, uniqueRunId, type WorkflowRun } from './support/act.js';
import { readArtifactFromDisk } from './support/artifacts.js';
import { ensureEngine } from './support/engine.js';
import { environmentsOf, leftovers } from './support/leftovers.js';
import { actionsRepository, runIn, type ActionsRepository } from './support/actions-repository.js';

const WORKFLOW = 'test/e2e/workflows/docker-matrix.yml';
const FAILING_LEG = /^inception-diagnostics-integration-fail-attempt(\d)$/;

let server: ResultsServer;
let scratch: string;
let first: WorkflowRun;
let actions: ActionsRepository;
const runId = uniqueRunId();

before(async () => {
  await ensureEngine();
  scratch = await mkdtemp(path.join(os.tmpdir(), 'inception-e2e-docker-'));
  server = await startResultsServer({ dir: path.join(scratch, 'results') });
  actions = await actionsRepository();
  first = await runWorkflow({ ...runIn(actions), workflow: WORKFLOW, server, runId, attempt: 1 });
});

after(async () => {
  await server?.close();
  await actions?.remove();
  await rm(scratch, { recursive: true, force: true });
});

const context = (run: WorkflowRun) => `act exited ${run.exitCode}\n${run.log.slice(-20_000)}\n${run.stderr}`;

describe('the Docker path under act, matrix [pass, fail]', () => {
  // By the legs' run-tests steps: act keeps one job result for a whole matrix, so a leg that ends after
  // a failed one is reported failed too (nektos/act#1519); GitHub reports each leg on its own.
  it('passes one leg and fails the other', () => {
    const results = first.jobs.map((job) => [
      job.matrix.suite,
      first.steps.find((step) => step.job === job.name && step.stage === 'Main' && step.id === 'tests')
        ?.result,
    ]);
    assert.deepEqual(
      results.sort(),
      [
        ['fail', 'failure'],
        ['pass', 'success'],
      ],
      context(first),
    );
  });

  it('uploads one artifact, from the failing leg only, with a name GitHub accepts', () => {
    const names = server.artifacts.list(runId).map((artifact) => artifact.name);
    assert.equal(names.length, 1, `${names.join(', ')}\n${context(first)}`);
    assert.match(names[0]!, FAILING_LEG);
  });

  it("holds the test container's full log, its JUnit report and an index that names what failed first", async () => {
    const [artifact] = server.artifacts.list(runId);
    const files = await readArtifactFromDisk(server.dir, runId, artifact!.name);
    const names = [...files.keys()];
    const log = names.find((name) => /^tests\/[^/]+\/log\.txt$/.test(name));
    assert.ok(log, names.join(', '));
    const logText = files.get(log)!.toString('utf8');
    assert.match(logText, /test_fails_on_purpose FAILED/);
    assert.match(
      logText,
      /=+ 1 failed, 4 passed in [\d.]+s =+\n$/,
      'the whole log, to the end of pytest output',
    );
    const report = names.find((name) => /^tests\/[^/]+\/reports\/.*junit\.xml$/.test(name));
    assert.ok(report, names.join(', '));
    assert.match(files.get(report)!.toString('utf8'), /<testsuite/);

    const index = files.get('index.md')!.toString('utf8');
    const head = index.split('\n').slice(0, 8).join('\n');
    assert.match(head, /## What failed first/, index);
    assert.match(head, /test step \*\*[^*]+\*\* failed, exit code 1/, index);
    assert.match(head, /test_fails_on_purpose`: .*failing on purpose \(FAIL_ON_PURPOSE=1\)/, index);
    assert.match(index, /No service container failed\./, 'the services were fine; the tests failed');
  });

  it('leaves nothing of ours on the engine', async () => {
    const environments = environmentsOf(first.log);
    assert.equal(environments.length, 2, `environments brought up: ${environments.join(', ')}`);
    assert.deepEqual(await leftovers(environments), []);
  });
});

describe('the same run at attempt 2', () => {
  let second: WorkflowRun;
  before(async () => {
    second = await runWorkflow({ ...runIn(actions), workflow: WORKFLOW, server, runId, attempt: 2 });
  });

  it('uploads under a distinct name, without a conflict', () => {
    const names = server.artifacts
      .list(runId)
      .map((artifact) => artifact.name)
      .sort();
    assert.equal(names.length, 2, `${names.join(', ')}\n${context(second)}`);
    assert.deepEqual(
      names.map((name) => FAILING_LEG.exec(name)?.[1]),
      ['1', '2'],
    );
    assert.doesNotMatch(second.log, /Could not upload|Conflict|already exists/, context(second));
  });
});
