import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { startCli } from '../support/cli-process.js';
import { EnvironmentNames, perlHttpServer, resourcesLabelled } from '../support/docker.js';
import { LABEL_ENVIRONMENT } from '../../src/shared/identity/labels.js';

const names = new EnvironmentNames();
after(() => names.removeAll());

/** A project folder holding only a compose file (named as docker compose would find it): one web server. */
function composeOnlyFolder(fileName = 'compose.yaml'): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'inception-compose-only-'));
  writeFileSync(
    path.join(folder, fileName),
    `services:
  web:
    image: debian:bookworm-slim
    command: ${JSON.stringify(perlHttpServer(8080, 'hello'))}
    ports: ['8080']
    x-inception:
      wait: { log: 'listening on 8080' }
      timeout: 60s
`,
  );
  return folder;
}

async function inception(args: string[], cwd: string): Promise<{ code: number | null; output: string }> {
  const cli = startCli(args, { cwd });
  const { code } = await cli.exited;
  return { code, output: cli.output() };
}

const left = (environment: string) => resourcesLabelled(`${LABEL_ENVIRONMENT}=${environment}`);
/** Reaches the web service by its name from the test container, the way tests do. */
const FETCH_WEB = [
  'bash',
  '-c',
  'exec 3<>/dev/tcp/web/8080; printf "GET / HTTP/1.0\\r\\n\\r\\n" >&3; cat <&3',
];

describe('inception in a folder with a compose file and no inception.yml', () => {
  test('test --image X -- cmd: a fresh environment, the command on its network, the exit code kept', async () => {
    const folder = composeOnlyFolder('docker-compose.yml');
    const passing = names.next('cli-co-pass');
    const pass = await inception(
      ['test', '--name', passing, '--image', 'debian:bookworm-slim', '--', ...FETCH_WEB],
      folder,
    );
    assert.equal(pass.code, 0, pass.output);
    assert.match(pass.output, /hello/);
    assert.deepEqual((await left(passing)).containers, []);

    const failing = names.next('cli-co-fail');
    const fail = await inception(
      [
        'test',
        '-n',
        failing,
        '--image',
        'debian:bookworm-slim',
        '-e',
        'CODE=7',
        '--',
        'bash',
        '-c',
        'exit $CODE',
      ],
      folder,
    );
    assert.equal(fail.code, 7, fail.output);
    assert.ok(existsSync(path.join(folder, '.inception/diagnostics', failing, 'index.md')), fail.output);
  });

  test('compose.override.yml beside the compose file is read on top of it; -f reads the named file alone', async () => {
    const folder = composeOnlyFolder('compose.yaml');
    writeFileSync(
      path.join(folder, 'compose.override.yml'),
      `services:\n  web:\n    command: ${JSON.stringify(perlHttpServer(8080, 'from the override'))}\n`,
    );
    const environment = names.next('cli-co-override');
    const run = await inception(
      ['test', '--name', environment, '--image', 'debian:bookworm-slim', '--', ...FETCH_WEB],
      folder,
    );
    assert.equal(run.code, 0, run.output);
    assert.match(run.output, /from compose\.yaml \+ compose\.override\.yml/);
    assert.match(run.output, /from the override/);
    assert.deepEqual((await left(environment)).containers, []);

    const merged = await inception(['config', '--json'], folder);
    assert.equal(merged.code, 0, merged.output);
    assert.match(merged.output, /from the override/);
    const named = await inception(['config', '--json', '-f', 'compose.yaml'], folder);
    assert.equal(named.code, 0, named.output);
    assert.doesNotMatch(named.output, /from the override/);
  });

  test('test without an image: exit 2 and how to give one, nothing started', async () => {
    const folder = composeOnlyFolder();
    const run = await inception(['test'], folder);
    assert.equal(run.code, 2, run.output);
    assert.match(
      run.output,
      /no test image: give one, e\.g\. `inception test --image my-tests -- pytest -x`/,
    );
    assert.equal(existsSync(path.join(folder, '.inception')), false);
  });

  test('up, status (--json, and --all from any folder), logs, down', async () => {
    const folder = composeOnlyFolder();
    const environment = names.next('cli-co-up');
    const up = await inception(['up', '--name', environment], folder);
    assert.equal(up.code, 0, up.output);
    try {
      const status = await inception(['status', '--json'], folder);
      assert.equal(status.code, 0, status.output);
      const [web] = JSON.parse(status.output) as {
        service: string;
        state: string;
        ports: { host: number }[];
      }[];
      assert.equal(web?.service, 'web');
      assert.equal(web.state, 'running');
      const answer = await fetch(`http://127.0.0.1:${web.ports[0]!.host}/`);
      assert.equal((await answer.text()).trim(), 'hello');

      const elsewhere = mkdtempSync(path.join(os.tmpdir(), 'inception-no-project-'));
      const all = await inception(['status', '--all'], elsewhere);
      assert.equal(all.code, 0, all.output);
      assert.match(
        all.output,
        new RegExp(`^${environment}\\s+web\\s+running\\s+-\\s+\\S+\\s+127\\.0\\.0\\.1:\\d+->8080/tcp$`, 'm'),
      );

      const logs = await inception(['logs', 'web'], folder);
      assert.equal(logs.code, 0, logs.output);
      assert.match(logs.output, /^web \| \S+ listening on 8080$/m);
    } finally {
      const down = await inception(['down'], folder);
      assert.equal(down.code, 0, down.output);
    }
    assert.deepEqual(await left(environment), { containers: [], networks: [], volumes: [] });
  });

  test('init writes an inception.yml for the compose file found, and never over one without --force', async () => {
    const folder = composeOnlyFolder('compose.yml');
    const first = await inception(['init'], folder);
    assert.equal(first.code, 0, first.output);
    const written = readFileSync(path.join(folder, 'inception.yml'), 'utf8');
    assert.match(written, /^compose: compose\.yml$/m);
    assert.match(written, /^#\s+web\s+web:8080$/m);
    writeFileSync(path.join(folder, 'inception.yml'), '# mine\n');
    const again = await inception(['init'], folder);
    assert.equal(again.code, 2, again.output);
    assert.match(again.output, /inception\.yml exists: edit it, or pass --force/);
    assert.equal(readFileSync(path.join(folder, 'inception.yml'), 'utf8'), '# mine\n');
    assert.equal((await inception(['init', '--force'], folder)).code, 0);
    assert.equal(readFileSync(path.join(folder, 'inception.yml'), 'utf8'), written);
  });
});
