import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { collectKubeDiagnostics } from '../../src/diagnostics/kube/collector.js';
import { runTestJob } from '../../src/kube/test-job/run.js';
import { MemoryLogger } from '../support/memory-logger.js';
import {
  deployFixture,
  removeFixture,
  removeFixtureImages,
  type FixtureImages,
} from '../support/fixture-cluster.js';
import { testCluster } from '../support/kube.js';

/** Every file under a folder with its text, to find log lines wherever the bundle puts them. */
function filesUnder(folder: string): { file: string; text: string }[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((relative) => path.join(folder, relative))
    .filter((file) => statSync(file).isFile())
    .map((file) => ({ file, text: readFileSync(file, 'utf8') }));
}

function fileMatching(files: { file: string; text: string }[], pattern: RegExp, where: RegExp): string {
  const found = files.find(({ file, text }) => where.test(file) && pattern.test(text));
  assert.ok(
    found,
    `no file matching ${where} holds ${pattern}; files: ${files.map((f) => f.file).join(', ')}`,
  );
  return found.file;
}

describe('the fixture system in a kind cluster, tests as a Job', () => {
  const cluster = testCluster();
  const namespace = `e2e-${process.pid}`;
  const tag = `e2e${process.pid}`;
  let images: FixtureImages;

  before(async () => {
    ({ images } = await deployFixture({
      kubeconfig: cluster.kubeconfig,
      kindCluster: cluster.name,
      namespace,
      tag,
    }));
  });
  after(async () => {
    await removeFixture({ kubeconfig: cluster.kubeconfig, namespace });
    await removeFixtureImages({ kindCluster: cluster.name, tag });
  });

  test('a passing in-cluster run: the suite reaches the api, a processor pod does the work', async () => {
    const logger = new MemoryLogger();
    const result = await runTestJob(cluster.clients, {
      namespace,
      name: 'tests-pass',
      image: images.tests,
      env: { API_URL: 'http://api:8080', RESULT_TIMEOUT_SECONDS: '90' },
      reports: '/reports/*.xml',
      reportsDir: mkdtempSync(path.join(os.tmpdir(), 'e2e-reports-')),
      timeoutMs: 300_000,
      logger,
    });
    assert.equal(result.result, 'passed', `${result.message}\n${logger.text()}`);
    assert.equal(result.exitCode, 0);
    assert.equal(result.reports.length, 1);
    assert.match(readFileSync(result.reports[0]!, 'utf8'), /test_worker_upper_cases_the_input/);
    assert.match(logger.text(), /test_worker_upper_cases_the_input PASSED/, 'the pod log was streamed');
  });

  test('a failing run: diagnostics hold the test job’s, the worker’s and the spawned pod’s lines and describe', async () => {
    // Poisons the worker's next job: its processor pod exits 3; then the test fails.
    const script = [
      'import json, time, urllib.request',
      'req = urllib.request.Request("http://api:8080/jobs", data=json.dumps({"input": "crash"}).encode(), method="POST")',
      'req.add_header("Content-Type", "application/json")',
      'job = json.loads(urllib.request.urlopen(req).read())["id"]',
      'print("e2e: sent poisoned job", job, flush=True)',
      'time.sleep(15)',
      'raise SystemExit("e2e: job " + job + " never finished")',
    ].join('\n');
    const logger = new MemoryLogger();
    const result = await runTestJob(cluster.clients, {
      namespace,
      name: 'tests-fail',
      image: images.tests,
      command: ['python3', '-c', script],
      reports: '',
      reportsDir: mkdtempSync(path.join(os.tmpdir(), 'e2e-reports-')),
      timeoutMs: 300_000,
      logger,
    });
    assert.equal(result.result, 'failed', result.message);
    assert.equal(result.exitCode, 1);

    const outDir = mkdtempSync(path.join(os.tmpdir(), 'e2e-diagnostics-'));
    await collectKubeDiagnostics({
      clients: cluster.clients,
      namespaces: [namespace],
      outDir,
      logger: new MemoryLogger(),
      kindCluster: cluster.name,
      kindBinary: process.env.KIND,
    });
    const files = filesUnder(outDir);
    fileMatching(files, /e2e: sent poisoned job/, /tests-fail/);
    fileMatching(files, /worker: job \w+ failed in pod process-/, /worker/);
    fileMatching(files, /processor: cannot process job \w+: poisoned input/, /process-/);
    const describe = fileMatching(files, /Exit Code:\s+3/i, /process-.*describe|describe.*process-/);
    assert.match(readFileSync(describe, 'utf8'), /fixture-processor/);
  });
});
