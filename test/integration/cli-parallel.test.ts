import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { removeEnvironment } from '../../src/docker/environment/index.js';
import { silentLogger } from '../../src/log.js';
import { parseJUnit } from '../../src/report/index.js';
import { LABEL_ENVIRONMENT } from '../../src/shared/identity/labels.js';
import { startCli } from '../support/cli-process.js';
import { docker, perlHttpServer } from '../support/docker.js';

const folder = mkdtempSync(path.join(os.tmpdir(), 'inception-parallel-'));
// As environment names spell it.
const project = path.basename(folder).toLowerCase();

/** Every environment of this test's project on the engine (running or not): each suite's is named
 * `<project>-<suite>-<random>`. */
async function environmentsLeft(): Promise<string[]> {
  const filters = JSON.stringify({ label: [LABEL_ENVIRONMENT] });
  const [containers, networks, volumes] = await Promise.all([
    docker.listContainers({ all: true, filters }),
    docker.listNetworks({ filters }),
    docker.listVolumes({ filters }),
  ]);
  const labels = [
    ...containers.map((info) => info.Labels),
    ...networks.map((network) => network.Labels ?? {}),
    ...(volumes.Volumes ?? []).map((volume) => volume.Labels ?? {}),
  ];
  const names = labels.map((labelled) => labelled[LABEL_ENVIRONMENT] ?? '');
  return [...new Set(names.filter((name) => name.startsWith(`${project}-`)))].sort();
}

after(async () => {
  for (const name of await environmentsLeft()) await removeEnvironment(docker, name, silentLogger);
});

/** A test command that reaches the web service by name, writes a JUnit report and exits with `code`. */
function suiteCommand(code: number): string[] {
  const report = `<testsuite name="web" tests="1"><testcase classname="web" name="answers"${code === 0 ? '/>' : '><failure message="exit ' + code + '"/></testcase>'}</testsuite>`;
  return [
    'bash',
    '-c',
    `exec 3<>/dev/tcp/web/8080; printf "GET / HTTP/1.0\\r\\n\\r\\n" >&3; cat <&3; mkdir -p /reports; echo '${report}' > /reports/web.xml; exit ${code}`,
  ];
}

writeFileSync(
  path.join(folder, 'compose.yml'),
  `services:
  web:
    image: debian:bookworm-slim
    command: ${JSON.stringify(perlHttpServer(8080, 'hello from web'))}
    x-inception:
      wait: { log: 'listening on 8080' }
      timeout: 60s
`,
);
writeFileSync(
  path.join(folder, 'inception.yml'),
  `compose: compose.yml
tests:
  image: debian:bookworm-slim
  env: { SHARED: "1" }
suites:
  good:
    command: ${JSON.stringify(suiteCommand(0))}
  bad:
    command: ${JSON.stringify(suiteCommand(3))}
  slow:
    command: ["bash", "-c", "echo suite is running; sleep 300"]
`,
);

async function inception(args: string[]): Promise<{ code: number | null; output: string }> {
  const cli = startCli(args, { cwd: folder });
  const { code } = await cli.exited;
  return { code, output: cli.output() };
}

describe('inception test --parallel: suites side by side, each in an environment of its own', () => {
  test('two suites, one failing: exit 1, one table and one report, diagnostics of the failed one, nothing left', async () => {
    const run = await inception(['test', '--parallel', 'good', 'bad']);
    assert.equal(run.code, 1, run.output);
    // Not a terminal: each line prefixed by its suite, the tests' output too.
    assert.match(run.output, /^good \| hello from web$/m);
    assert.match(run.output, /^bad {2}\| hello from web$/m);
    assert.match(run.output, /^good\s+passed\s+0\s+1\s+0\s+0\s/m);
    assert.match(run.output, /^bad\s+failed\s+3\s+0\s+1\s+0\s.*diagnostics/m);
    assert.match(run.output, /^all\s+1 of 2 failed\s+1\s+1\s+0/m);
    assert.doesNotMatch(run.output, /^slow/m);

    const reports = path.join(folder, '.inception/reports');
    const [runFolder] = readdirSync(reports).filter((name) => name.startsWith('parallel-'));
    assert.ok(runFolder, run.output);
    const combined = readFileSync(path.join(reports, runFolder, 'junit.xml'), 'utf8');
    const summary = parseJUnit(combined);
    assert.deepEqual([summary.tests, summary.passed, summary.failed], [2, 1, 1]);
    assert.match(combined, /name="good: web"/);
    assert.match(combined, /name="bad: web"/);
    assert.ok(existsSync(path.join(reports, runFolder, 'bad', 'output.log')));
    assert.match(readFileSync(path.join(reports, runFolder, 'summary.md'), 'utf8'), /\| bad \| failed \|/);

    const environments = [...run.output.matchAll(/^\w+\s+\| Bringing up (\S+) from/gm)].map((m) => m[1]);
    assert.equal(new Set(environments).size, 2, run.output);
    const bad = environments.find((name) => name?.startsWith(`${project}-bad-`));
    assert.ok(bad && existsSync(path.join(folder, '.inception/diagnostics', bad, 'index.md')), run.output);
    assert.deepEqual(await environmentsLeft(), []);
  });

  test("--keep: each suite's environment stays, named in the output; `down --all` removes them once the run is gone", async () => {
    const run = await inception(['test', '--parallel', 'good', 'bad', '--keep']);
    assert.equal(run.code, 1, run.output);
    const environments = [...run.output.matchAll(/^\w+\s+\| Bringing up (\S+) from/gm)].map((m) => m[1]!);
    assert.deepEqual(await environmentsLeft(), environments.sort(), run.output);
    assert.match(run.output, new RegExp(`kept running \\(--keep\\): .*${environments[0]}`));
    const down = await inception(['down', '--all']);
    assert.equal(down.code, 0, down.output);
    assert.deepEqual(await environmentsLeft(), [], down.output);
  });

  test('an unknown suite: exit 2 naming the known ones, nothing started', async () => {
    const run = await inception(['test', '--parallel', 'good', 'nope']);
    assert.equal(run.code, 2, run.output);
    assert.match(run.output, /no suite "nope" in .*inception\.yml: its suites are good, bad, slow\./);
  });

  test('SIGINT while the suites run: exit 130 and every environment removed', async () => {
    const cli = startCli(['test', '--parallel', 'slow', 'good', '--max-parallel', '2'], { cwd: folder });
    await cli.waitFor(/^slow \| suite is running$/m);
    await cli.waitFor(/^good\s+\| Bringing up/m);
    cli.child.kill('SIGINT');
    const { code } = await cli.exited;
    assert.equal(code, 130, cli.output());
    assert.match(cli.output(), /^slow\s+cancelled/m);
    assert.deepEqual(await environmentsLeft(), []);
  });
});
