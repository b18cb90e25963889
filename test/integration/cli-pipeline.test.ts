import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { runCli } from '../../src/cli/main.js';
import { readState } from '../../src/cli/project/state-file.js';
import { labelFilter } from '../../src/shared/identity/labels.js';
import { docker } from '../support/docker.js';
import { repoRoot } from '../support/action-runner.js';

const fixtures = path.join(repoRoot, 'fixtures');

/** An inception.yml in a temp folder that runs the fixture system with the given test settings. */
function configWith(tests: string): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'inception-cli-'));
  const file = path.join(folder, 'inception.yml');
  writeFileSync(
    file,
    `compose: ${path.join(fixtures, 'compose.yml')}
images:
  - name: inception-fixture-tests
    context: ${path.join(fixtures, 'tests')}
tests:
${tests}`,
  );
  return file;
}

/** What `fn` wrote to stderr, where the command reports its errors. */
async function withStderr<T>(fn: () => Promise<T>): Promise<{ result: T; stderr: string }> {
  const write = process.stderr.write.bind(process.stderr);
  let stderr = '';
  process.stderr.write = ((chunk: string | Uint8Array) => {
    stderr += chunk.toString();
    return true;
  }) as typeof process.stderr.write;
  try {
    return { result: await fn(), stderr };
  } finally {
    process.stderr.write = write;
  }
}

async function environmentsLeft(name: string): Promise<number> {
  return (await docker.listContainers({ all: true, filters: JSON.stringify(labelFilter(name)) })).length;
}

describe('the inception command on the fixture system', () => {
  test('test: a passing suite exits 0, brings back its JUnit report and removes its environment', async () => {
    const config = configWith(`  image: inception-fixture-tests\n  env: { API_URL: "http://api:8080" }\n`);
    assert.equal(await runCli(['test', '--config', config, '--name', 'cli-pass-env']), 0);
    const reports = path.join(path.dirname(config), '.inception/reports/cli-pass-env');
    const junit = readFileSync(path.join(reports, readdirSync(reports)[0]!), 'utf8');
    assert.match(junit, /test_worker_upper_cases_the_input/);
    assert.equal(await environmentsLeft('cli-pass-env'), 0);
  });

  test('test: a failing run exits non-zero and leaves diagnostics holding the failing service’s log lines', async () => {
    // The test run poisons the worker (it exits 3 on input "crash"), then fails on purpose.
    const script = [
      'import json, time, urllib.request',
      'req = urllib.request.Request("http://api:8080/jobs", data=json.dumps({"input": "crash"}).encode(), method="POST")',
      'req.add_header("Content-Type", "application/json")',
      'print(urllib.request.urlopen(req).read().decode())',
      'time.sleep(2)',
      'raise SystemExit("the worker never answered")',
    ].join('\n');
    const config = configWith(
      `  image: inception-fixture-tests\n  command: ["python3", "-c", ${JSON.stringify(script)}]\n`,
    );
    const code = await runCli(['test', '--config', config, '--name', 'cli-fail-env']);
    assert.notEqual(code, 0);
    const diagnostics = path.join(path.dirname(config), '.inception/diagnostics/cli-fail-env');
    const index = readFileSync(path.join(diagnostics, 'index.md'), 'utf8');
    assert.match(index, /cli-fail-env-worker/);
    const workerLog = readFileSync(path.join(diagnostics, 'containers/cli-fail-env-worker/log.txt'), 'utf8');
    assert.match(workerLog, /poisoned input/);
    assert.match(index, /## Timeline\n[\s\S]*```mermaid\ngantt\n[\s\S]*section worker \(failed\)/);
    assert.match(readFileSync(path.join(diagnostics, 'index.html'), 'utf8'), /poisoned input/);
    assert.equal(await environmentsLeft('cli-fail-env'), 0);
  });

  test('up, status, logs, test, down share one environment', async () => {
    const config = configWith(`  image: inception-fixture-tests\n`);
    assert.equal(await runCli(['up', '--config', config]), 0);
    const state = await readState(config);
    assert.ok(state, 'up records its environment');
    try {
      assert.ok(state.info.services.api?.url, 'api has a URL on the host');
      const health = await fetch(`${state.info.services.api.url}/healthz`);
      assert.equal(health.status, 200);
      assert.equal(await runCli(['status', '--config', config]), 0);
      assert.equal(await runCli(['logs', 'worker', '--config', config]), 0);
      assert.equal(
        await runCli(['logs', 'nope', '--config', config]),
        2,
        'a service the environment lacks is a usage error',
      );
      assert.equal(await runCli(['test', '--config', config]), 0);
      assert.ok((await environmentsLeft(state.environment)) > 0, 'test keeps the environment up started');
    } finally {
      assert.equal(await runCli(['down', '--config', config]), 0);
    }
    assert.equal(await environmentsLeft(state.environment), 0);
    assert.equal(await readState(config), undefined);
  });

  test('a missing config and an unknown command are clear errors', async () => {
    const missing = await withStderr(() => runCli(['up', '--config', '/nonexistent/inception.yml']));
    assert.equal(missing.result, 2);
    assert.match(missing.stderr, /\/nonexistent\/inception\.yml not found: .*--config <file>/);
    const unknown = await withStderr(() => runCli(['frobnicate']));
    assert.equal(unknown.result, 2);
    assert.match(unknown.stderr, /unknown command "frobnicate"[\s\S]*Usage: inception <command>/);
  });
});
