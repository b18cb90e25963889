// The secret scan under act: values planted in every place of test/e2e/workflows/secret-scan.yml, then
// every byte of the downloaded artifact, the job summaries and act's whole output scanned for them.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startResultsServer, type ResultsServer } from './results-server/server.js';
import { runWorkflow, type WorkflowRun } from './support/act.js';
import { downloadArtifact } from './support/artifacts.js';
import { ensureEngine } from './support/engine.js';
import { environmentsOf, leftovers } from './support/leftovers.js';
import { actionsRepository, runIn, type ActionsRepository } from './support/actions-repository.js';
import { plantSecret, SecretScan } from '../support/secret-scan.js';

const WORKFLOW = 'test/e2e/workflows/secret-scan.yml';

const secrets = {
  API_TOKEN: plantSecret('tok'),
  DB_PASSWORD: plantSecret('pw'),
  MARKED: plantSecret('marked'),
  COMPOSE_BUILD_ARG: plantSecret('cba'),
  IMAGE_BUILD_ARG: plantSecret('iba'),
  TEST_PASSWORD: plantSecret('tpw'),
};

const control = plantSecret('control');

let server: ResultsServer;
let scratch: string;
let run: WorkflowRun;
let actions: ActionsRepository;

before(async () => {
  await ensureEngine();
  scratch = await mkdtemp(path.join(os.tmpdir(), 'inception-e2e-secrets-'));
  server = await startResultsServer({ dir: path.join(scratch, 'results') });
  actions = await actionsRepository();
  run = await runWorkflow({
    ...runIn(actions),
    workflow: WORKFLOW,
    server,
    vars: { ...secrets, CONTROL: control },
  });
});

after(async () => {
  await server?.close();
  await actions?.remove();
  await rm(scratch, { recursive: true, force: true });
});

const context = () => `act exited ${run.exitCode}\n${run.log.slice(-20_000)}\n${run.stderr}`;

describe('secret scan under act', () => {
  it('fails at the tests and uploads the diagnostics', () => {
    const tests = run.steps.find((step) => step.stage === 'Main' && step.id === 'tests');
    assert.equal(tests?.result, 'failure', context());
    assert.equal(server.artifacts.list(run.runId).length, 1, context());
  });

  it('finds no planted value in the artifact, the summaries or the step logs', async () => {
    const scan = new SecretScan(secrets);
    const [artifact] = server.artifacts.list(run.runId);
    const folder = await downloadArtifact(server, run.runId, artifact!.name);
    try {
      await scan.scanTree(folder, 'artifact');
      // The values were there to find: the files that held them exist and hold redactions.
      const environment = environmentsOf(run.log)[0];
      for (const pattern of [
        `containers/${environment}-api/inspect.json`,
        `containers/${environment}-api/log.txt`,
        `containers/${environment}-api/state.txt`,
        /^tests\/[^/]+\/log\.txt$/,
        /^tests\/[^/]+\/reports\/.*junit\.xml$/,
      ]) {
        const file = scan.scanned
          .map((where) => path.relative('artifact', where))
          .find((name) => (typeof pattern === 'string' ? name === pattern : pattern.test(name)));
        assert.ok(file, `${String(pattern)} in ${scan.scanned.join(', ')}`);
        assert.match(await readFile(path.join(folder, file), 'utf8'), /\*\*\*/, file);
      }
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
    for (const summary of run.summaries) scan.scan(`summary of ${summary.step}`, summary.content);
    scan.scan('act output', run.log);
    const controlScan = new SecretScan({ control });
    controlScan.scan('act output', run.log);
    assert.equal(controlScan.hits.length, 1, 'act shows an unmasked value: the scan can fail');
    scan.scan('act stderr', run.stderr);
    assert.ok(scan.files >= 15, `scanned ${scan.files} files`);
    assert.equal(scan.hits.length, 0, `${scan.report()}\n${context()}`);
    console.log(
      `secret scan (act): ${Object.keys(secrets).length} values, ${scan.files} files, ${scan.bytes} bytes, ${scan.hits.length} hits`,
    );
  });

  it('leaves nothing of ours on the engine', async () => {
    assert.deepEqual(await leftovers(environmentsOf(run.log)), []);
  });
});
