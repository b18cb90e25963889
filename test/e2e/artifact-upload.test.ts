import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startResultsServer, type ResultsServer } from './results-server/server.js';
import { repoRoot, runWorkflow, uniqueRunId } from './support/act.js';
import { artifactClientFor, downloadArtifact, readArtifactFromDisk } from './support/artifacts.js';
import { runtimeEnv } from './support/runtime-env.js';

let server: ResultsServer;
let scratch: string;

before(async () => {
  try {
    execFileSync('docker', ['info'], { stdio: 'ignore' });
  } catch {
    execFileSync('bash', [path.join(repoRoot, '.ci/start-docker.sh')], { stdio: 'inherit' });
  }
  scratch = await mkdtemp(path.join(os.tmpdir(), 'inception-e2e-artifacts-'));
  server = await startResultsServer({ dir: path.join(scratch, 'results') });
});

after(async () => {
  await server?.close();
  await rm(scratch, { recursive: true, force: true });
});

describe('collect-logs under act', () => {
  test('uploads the diagnostics of the environment as one artifact of the run', async () => {
    const run = await runWorkflow({ workflow: 'test/e2e/workflows/artifact-smoke.yml', server });
    const context = `act exited ${run.exitCode}\n${run.log}\n${run.stderr}`;
    assert.equal(run.exitCode, 0, context);
    assert.deepEqual(
      run.jobs.map((job) => job.result),
      ['success'],
    );
    assert.equal(run.steps.find((step) => step.id === 'logs')?.result, 'success', context);
    assert.doesNotMatch(run.log, /Could not upload/, context);

    const [artifact, ...others] = server.artifacts.list(run.runId);
    const name = artifact?.name ?? '';
    // `api: v1/beta` holds `:` and `/`, which GitHub refuses: replaced, with a hash keeping legs apart.
    assert.match(name, /^inception-diagnostics-smoke-api_ v1_beta-[0-9a-f]{8}-attempt1$/, context);
    assert.deepEqual(others, []);
    assert.match(run.log, new RegExp(`artifact-name=${escapeRegExp(name)} artifact-id=${artifact!.id}\\b`));
    assert.ok(
      run.summaries.some((s) => s.step === './collect-logs' && s.content.includes(name)),
      context,
    );

    const onDisk = await readArtifactFromDisk(server.dir, run.runId, name);
    assert.ok(onDisk.has('index.md'), `zip holds ${[...onDisk.keys()].join(', ')}`);

    const downloaded = await downloadArtifact(server, run.runId, name);
    const files = await readdir(downloaded, { recursive: true });
    assert.ok(files.includes('index.md'), `downloaded ${files.join(', ')}`);
    assert.match(await readFile(path.join(downloaded, 'index.md'), 'utf8'), /smoke-\d+-api/);
    const texts = await Promise.all(
      files.map((file) => readFile(path.join(downloaded, file), 'utf8').catch(() => '')),
    );
    assert.ok(
      texts.some((text) => text.includes('smoke api says hello')),
      'the container log is in the artifact',
    );
    await rm(downloaded, { recursive: true, force: true });
  });
});

describe('the results server, as GitHub answers @actions/artifact', () => {
  let files: string;

  before(async () => {
    files = await mkdtemp(path.join(scratch, 'files-'));
    await writeFile(path.join(files, 'index.md'), '# diagnostics\n');
  });

  test('refuses a second upload of the same name in the same run with 409, and takes it in another run', async () => {
    const runId = uniqueRunId();
    const upload = (run: string) =>
      artifactClientFor(server, { runId: run }, (client) =>
        client.uploadArtifact('diagnostics', [path.join(files, 'index.md')], files),
      );
    const first = await upload(runId);
    await assert.rejects(
      upload(runId),
      /\(409\) Conflict: an artifact with this name already exists on the workflow run/,
    );
    // A re-run (a later attempt) is the same run: its upload of the same name clashes too.
    await assert.rejects(
      artifactClientFor(server, { runId, jobId: `${runId}-attempt2` }, (client) =>
        client.uploadArtifact('diagnostics', [path.join(files, 'index.md')], files),
      ),
      /\(409\) Conflict/,
    );
    const other = await upload(uniqueRunId());
    assert.notEqual(other.id, first.id);
    assert.deepEqual(
      server.artifacts.list(runId).map((a) => [a.id, a.name]),
      [[first.id, 'diagnostics']],
    );
  });

  test('lists no artifacts for a run that has none', async () => {
    const listed = await artifactClientFor(server, { runId: uniqueRunId() }, (client) =>
      client.listArtifacts(),
    );
    assert.deepEqual(listed.artifacts, []);
  });

  test('takes an upload of several blocks and hands back the same bytes', async () => {
    const runId = uniqueRunId();
    // Stored, not compressed, so that the zip spans three of the client's 8 MiB blocks.
    const content = Buffer.alloc(20 * 1024 * 1024, 'inception');
    await writeFile(path.join(files, 'large.bin'), content);
    const uploaded = await artifactClientFor(server, { runId }, (client) =>
      client.uploadArtifact('large', [path.join(files, 'large.bin')], files, { compressionLevel: 0 }),
    );
    assert.ok(uploaded.size! > 16 * 1024 * 1024);
    const blockPuts = server.requests.filter((r) => r === `PUT /blob/artifact/${uploaded.id} 201`);
    assert.equal(blockPuts.length, 4, 'three blocks and the block list');
    const downloaded = await downloadArtifact(server, runId, 'large');
    assert.ok(content.equals(await readFile(path.join(downloaded, 'large.bin'))));
    await rm(downloaded, { recursive: true, force: true });
  });

  for (const character of ['"', ':', '<', '>', '|', '*', '?', '\r', '\n', '\\', '/']) {
    test(`refuses an artifact name with ${JSON.stringify(character)}`, async () => {
      // @actions/artifact checks names before it asks; the server must refuse them as GitHub does too.
      const runId = uniqueRunId();
      const env = runtimeEnv(server.url, { runId });
      const response = await fetch(
        `${server.url}/twirp/github.actions.results.api.v1.ArtifactService/CreateArtifact`,
        {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            Authorization: `Bearer ${env.ACTIONS_RUNTIME_TOKEN}`,
          },
          body: JSON.stringify({
            workflow_run_backend_id: runId,
            workflow_job_run_backend_id: `${runId}-job`,
            name: `bad${character}name`,
            version: 7,
          }),
        },
      );
      assert.equal(response.status, 400);
      assert.equal(((await response.json()) as { code: string }).code, 'invalid_argument');
    });
  }
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
