import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, test } from 'node:test';
import { runCli } from '../../../src/cli/main.js';
import { repoRoot } from '../../support/action-runner.js';

/** The `inception` command from the sources, as a process: its exit code and everything it printed. */
function inceptionProcess(
  args: string[],
  cwd: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  const script = path.join(repoRoot, 'scripts/inception-dev.ts');
  const tsx = pathToFileURL(path.join(repoRoot, 'node_modules/tsx/dist/esm/index.mjs')).href;
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', tsx, script, ...args],
      // No engine is needed to refuse a config; one that is not there proves none was asked.
      { cwd, env: { ...process.env, DOCKER_HOST: 'unix:///nonexistent/docker.sock' }, timeout: 60_000 },
      (error, stdout, stderr) =>
        resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** runCli in this process, with what it wrote to stderr (stdout belongs to the test runner here). */
async function inception(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stderr = '';
  const write = process.stderr.write;
  process.stderr.write = ((chunk: string | Uint8Array) => {
    stderr += chunk.toString();
    return true;
  }) as typeof process.stderr.write;
  try {
    return { code: await runCli(args), stdout: '', stderr };
  } finally {
    process.stderr.write = write;
  }
}

function configIn(source: string): { folder: string; file: string } {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'inception-bad-config-'));
  const file = path.join(folder, 'inception.yml');
  writeFileSync(file, source);
  return { folder, file };
}

/** The message alone: `error: <file>…`, once, no stack trace, nothing on stdout, no file written. */
function assertOnlyTheError(
  run: { code: number; stdout: string; stderr: string },
  folder: string,
  says: RegExp,
) {
  assert.equal(run.code, 2, run.stderr);
  assert.match(run.stderr, says);
  assert.match(run.stderr, /^error: \/\S*inception\.yml/);
  assert.equal(run.stderr.match(/^error: /gm)?.length, 1, run.stderr);
  assert.doesNotMatch(run.stderr, /^\s+at |Error:|\.ts:\d+/m, 'no stack trace');
  assert.equal(run.stdout, '');
  assert.deepEqual(readdirSync(folder), ['inception.yml'], 'no state or diagnostics folder written');
}

const configs: [name: string, source: string, says: RegExp][] = [
  [
    'not a mapping',
    '- compose.yml\n',
    /inception\.yml: expected a mapping of compose, profiles, images, tests, suites, cluster, got a list; write e\.g\.\ncompose: compose\.yml/,
  ],
  [
    'a typo in a nested key',
    'tests:\n  image: t\n  timout: 5m\n',
    /inception\.yml:3: tests\.timout: unknown key "timout"; did you mean "timeout"\?/,
  ],
  [
    'a wrong type',
    'tests: { image: t, timeout: ten }\n',
    /inception\.yml:1: tests\.timeout: "ten" is not a duration; write e\.g\./,
  ],
  [
    'an unknown top-level key',
    'compose: c.yml\nimage: t\n',
    /inception\.yml:2: image: unknown key "image"; did you mean "images"\?/,
  ],
];

describe('inception with a bad inception.yml: the error alone, exit code 2, nothing created', () => {
  test('as a process, from the folder of the config', async () => {
    const { folder } = configIn(configs[1]![1]);
    assertOnlyTheError(await inceptionProcess(['test'], folder), folder, configs[1]![2]);
  });
  for (const command of ['up', 'test', 'logs', 'status']) {
    for (const [name, source, says] of configs) {
      test(`${command}: ${name}`, async () => {
        const { folder, file } = configIn(source);
        assertOnlyTheError(await inception([command, '--config', file]), folder, says);
      });
    }
  }
});
