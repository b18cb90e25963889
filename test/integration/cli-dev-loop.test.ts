import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { LABEL_SERVICE, labelFilter } from '../../src/shared/identity/labels.js';
import { repoRoot } from '../support/action-runner.js';
import { startCli } from '../support/cli-process.js';
import { apiAndWebCompose, docker, EnvironmentNames } from '../support/docker.js';

const names = new EnvironmentNames();
const environment = names.next('cli-loop');
const folder = mkdtempSync(path.join(os.tmpdir(), 'inception-dev-loop-'));

/** The api prints the version baked into its image; web is a plain image. Both log when ready. */
function writeProject(version: string): void {
  writeFileSync(
    path.join(folder, 'Dockerfile'),
    `FROM debian:bookworm-slim\nRUN echo ${version} > /version\n`,
  );
  writeFileSync(path.join(folder, 'compose.yml'), apiAndWebCompose('.'));
}

async function inception(args: string[]): Promise<{ code: number | null; output: string }> {
  const cli = startCli(args, { cwd: folder });
  const { code } = await cli.exited;
  return { code, output: cli.output() };
}

async function containerIds(): Promise<Record<string, string>> {
  const containers = await docker.listContainers({
    all: true,
    filters: JSON.stringify(labelFilter(environment)),
  });
  return Object.fromEntries(containers.map((info) => [info.Labels[LABEL_SERVICE] ?? '', info.Id]));
}

/** `inception <args>` with a pseudo-terminal as its stdin, stdout and stderr (python3's pty module). */
function inceptionOnTerminal(args: string[]): Promise<{ code: number; output: string }> {
  const relay = [
    'import os, pty, subprocess, sys',
    'main, side = pty.openpty()',
    'child = subprocess.Popen(sys.argv[1:], stdin=side, stdout=side, stderr=side, close_fds=True)',
    'os.close(side)',
    'out = b""',
    'while True:',
    '    try: data = os.read(main, 65536)',
    '    except OSError: break',
    '    if not data: break',
    '    out += data',
    'sys.stdout.buffer.write(out)',
    'sys.exit(child.wait())',
  ].join('\n');
  const tsx = pathToFileURL(path.join(repoRoot, 'node_modules/tsx/dist/esm/index.mjs')).href;
  const command = [
    process.execPath,
    '--import',
    tsx,
    path.join(repoRoot, 'scripts/inception-dev.ts'),
    ...args,
  ];
  return new Promise((resolve) => {
    execFile('python3', ['-c', relay, ...command], { cwd: folder, timeout: 120_000 }, (error, stdout) =>
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, output: stdout }),
    );
  });
}

describe('the developer’s loop over a running environment', () => {
  before(async () => {
    writeProject('v1');
    const up = await inception(['up', '--name', environment]);
    assert.equal(up.code, 0, up.output);
  });
  after(async () => {
    await inception(['down']);
    await names.removeAll();
  });

  test('refresh api: a new build and container for api, ready again; web is not touched', async () => {
    const beforeIds = await containerIds();
    writeProject('v2');
    const refresh = await inception(['refresh', 'api']);
    assert.equal(refresh.code, 0, refresh.output);
    assert.match(refresh.output, /api ready again in /);
    const afterIds = await containerIds();
    assert.notEqual(afterIds.api, beforeIds.api, 'api has a new container');
    assert.equal(afterIds.web, beforeIds.web, 'web kept its container');
    const logs = await inception(['logs', 'api']);
    assert.match(logs.output, /^api \| \S+ api v2$/m);
    assert.doesNotMatch(logs.output, /api v1/);
  });

  test('restart web: a new container from the same image; api is not touched', async () => {
    const beforeIds = await containerIds();
    const imageBefore = (await docker.getContainer(beforeIds.web!).inspect()).Config.Image;
    const restart = await inception(['restart', 'web']);
    assert.equal(restart.code, 0, restart.output);
    const afterIds = await containerIds();
    assert.notEqual(afterIds.web, beforeIds.web);
    assert.equal(afterIds.api, beforeIds.api);
    assert.equal((await docker.getContainer(afterIds.web!).inspect()).Config.Image, imageBefore);
  });

  test('refresh of a service the compose file lacks, or of none: exit 2 naming the services', async () => {
    const unknown = await inception(['refresh', 'nope']);
    assert.equal(unknown.code, 2, unknown.output);
    assert.match(unknown.output, /service "nope" is not in .*compose\.yml; its services: api, web/);
    const none = await inception(['restart']);
    assert.equal(none.code, 2, none.output);
    assert.match(none.output, /name the services to restart, e\.g\. inception restart api/);
  });

  test('logs -f follows the services named, each line prefixed by its service, until Ctrl-C', async () => {
    const follow = startCli(['logs', '-f', 'api', 'web'], { cwd: folder });
    await follow.waitFor(/^api \| api v2$/m);
    await follow.waitFor(/^web \| web up$/m);
    // A line written after the follow began arrives too.
    const exec = await docker.getContainer((await containerIds()).web!).exec({
      Cmd: ['bash', '-c', 'echo late line > /proc/1/fd/1'],
    });
    const stream = await exec.start({ hijack: true, stdin: false });
    stream.resume();
    await once(stream, 'end');
    await follow.waitFor(/^web \| late line$/m);
    follow.child.kill('SIGINT');
    const exit = await follow.exited;
    assert.ok(exit.code === 130 || exit.signal === 'SIGINT', JSON.stringify(exit));
  });

  test('status: state and uptime of each service', async () => {
    const status = await inception(['status']);
    assert.equal(status.code, 0, status.output);
    assert.match(status.output, /^SERVICE\s+STATE\s+HEALTH\s+UP\s+PORTS$/m);
    // Uptime as formatDuration writes it: `41.0s`, or `2m 05s` on a machine slow enough.
    assert.match(status.output, /^api\s+running\s+-\s+(\d+m )?\d+(\.\d)?s\s+-$/m);
  });

  // The escape sequences are what is tested.
  /* eslint-disable no-control-regex */
  test('on a terminal a live line shows the running step; piped, none', async () => {
    const onTerminal = await inceptionOnTerminal(['restart', 'web']);
    assert.equal(onTerminal.code, 0, onTerminal.output);
    assert.match(
      onTerminal.output,
      /\r\u001b\[2K[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏] Start 1 service\(s\) of cli-loop-\w+( · [^\r]*)? \u001b\[2m\((\d+ms|\d+\.\ds)\)/,
    );
    assert.match(onTerminal.output, /✓(\u001b\[0m)? Start 1 service\(s\)/);
    const piped = await inception(['restart', 'web']);
    assert.equal(piped.code, 0, piped.output);
    assert.doesNotMatch(piped.output, /\r|\u001b\[|⠋|⠙/);
  });
  /* eslint-enable no-control-regex */

  test('--help for every command', async () => {
    for (const command of ['init', 'up', 'test', 'status', 'logs', 'refresh', 'restart', 'down']) {
      const help = await inception([command, '--help']);
      assert.equal(help.code, 0, help.output);
      assert.match(help.output, new RegExp(`^Usage: inception ${command} `, 'm'));
    }
  });
});
