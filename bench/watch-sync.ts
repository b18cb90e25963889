/** How long from saving a file to the running service serving it: `inception watch` (a develop.watch
 * sync rule) against `docker compose watch` on the same compose file, in one run, each round alternating.
 * Installs compose v2 as the docker CLI plugin first when it is missing. Usage: npx tsx bench/watch-sync.ts
 * [--rounds N] */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type Docker from 'dockerode';
import { connectDocker } from '../src/docker/client.js';
import { removeEnvironment } from '../src/docker/environment/index.js';
import { silentLogger } from '../src/log.js';
import { installComposeV2 } from './compose-v2-runner.js';
import { describeMachine } from './machine.js';
import { runCommand } from './run-command.js';
import { formatSummary, progress, summarize } from './stats.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { rounds: { type: 'string', default: '7' } } });
const ROUNDS = Number(values.rounds);
const id = randomBytes(3).toString('hex');

/** web serves /srv/public/index.txt as it is now, on every request. */
function writeProject(): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'bench-watch-'));
  mkdirSync(path.join(folder, 'web/public'), { recursive: true });
  writeFileSync(
    path.join(folder, 'web/server.pl'),
    `use IO::Socket::INET;
my $s = IO::Socket::INET->new(LocalPort => 8080, Listen => 20, ReuseAddr => 1) or die "listen: $!";
$| = 1; $SIG{PIPE} = 'IGNORE';
print "listening\\n";
while (my $c = $s->accept) {
  while (my $line = <$c>) { last if $line =~ /^\\r?$/; }
  open(my $in, '<', '/srv/public/index.txt'); local $/; my $body = <$in> // ''; close $in;
  print $c "HTTP/1.0 200 OK\\r\\n\\r\\n$body"; close $c;
}
`,
  );
  writeFileSync(path.join(folder, 'web/public/index.txt'), 'start\n');
  writeFileSync(
    path.join(folder, 'web/Dockerfile'),
    'FROM debian:bookworm-slim\nCOPY server.pl /server.pl\nCOPY public /srv/public\nCMD ["perl", "/server.pl"]\n',
  );
  writeFileSync(
    path.join(folder, 'compose.yml'),
    `services:
  web:
    build: ./web
    init: true
    ports: ["8080"]
    healthcheck: { test: ["CMD", "perl", "-e", "1"], interval: 1s }
    x-inception: { wait: { log: listening } }
    develop:
      watch:
        - { path: ./web/public, action: sync, target: /srv/public }
`,
  );
  return folder;
}

async function hostPort(docker: Docker, labels: string[]): Promise<number> {
  for (let tries = 0; tries < 600; tries++) {
    const [info] = await docker.listContainers({
      filters: JSON.stringify({ label: labels, status: ['running'] }),
    });
    const port = info?.Ports.find((entry) => entry.PrivatePort === 8080 && entry.PublicPort)?.PublicPort;
    if (port) return port;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no published port for ${labels.join(', ')}`);
}

async function served(port: number): Promise<string> {
  try {
    return await (await fetch(`http://127.0.0.1:${port}/`)).text();
  } catch {
    return '';
  }
}

/** Writes a new body and polls until the service serves it; the time from the write. */
async function saveToServed(folder: string, port: number, body: string): Promise<number> {
  // Settle: a watcher's debounce from the last round must be over.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const started = performance.now();
  writeFileSync(path.join(folder, 'web/public/index.txt'), `${body}\n`);
  for (;;) {
    if ((await served(port)).trim() === body) return performance.now() - started;
    if (performance.now() - started > 60_000) throw new Error(`"${body}" not served within 60 s`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

function start(command: string, args: string[], cwd: string): ChildProcess {
  return spawn(command, args, {
    cwd,
    stdio: ['ignore', 'ignore', 'ignore'],
    env: { ...process.env, NO_COLOR: '1' },
  });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const ended = new Promise((resolve) => child.once('close', resolve));
  child.kill('SIGINT');
  await ended;
}

async function main(): Promise<void> {
  const docker = await connectDocker();
  const composeVersion = installComposeV2();
  const folder = writeProject();
  const ours = `bench-watch-${id}`;
  const theirs = `bench-watch-compose-${id}`;
  progress(`project in ${folder}; ${ROUNDS} rounds each, alternating`);
  const tsx = pathToFileURL(path.join(ROOT, 'node_modules/tsx/dist/esm/index.mjs')).href;
  const inception = start(
    process.execPath,
    [
      '--import',
      tsx,
      path.join(ROOT, 'scripts/inception-dev.ts'),
      'watch',
      '--name',
      ours,
      '--image',
      'debian:bookworm-slim',
      '--',
      'true',
    ],
    folder,
  );
  await runCommand('docker', [
    'compose',
    '-f',
    path.join(folder, 'compose.yml'),
    '-p',
    theirs,
    'up',
    '-d',
    '--wait',
    '--build',
  ]);
  const compose = start(
    'docker',
    ['compose', '-f', path.join(folder, 'compose.yml'), '-p', theirs, 'watch', '--no-up'],
    folder,
  );
  const samples = { ours: [] as number[], compose: [] as number[] };
  try {
    const oursPort = await hostPort(docker, [`io.inception.environment=${ours}`, 'io.inception.service=web']);
    const composePort = await hostPort(docker, [
      `com.docker.compose.project=${theirs}`,
      'com.docker.compose.service=web',
    ]);
    for (const port of [oursPort, composePort])
      while ((await served(port)).trim() !== 'start')
        await new Promise((resolve) => setTimeout(resolve, 200));
    // A round each first, unmeasured: both watchers are set up by then.
    await saveToServed(folder, oursPort, 'warm-ours');
    await saveToServed(folder, composePort, 'warm-compose');
    for (let round = 1; round <= ROUNDS; round++) {
      samples.ours.push(await saveToServed(folder, oursPort, `ours-${round}`));
      samples.compose.push(await saveToServed(folder, composePort, `compose-${round}`));
      progress(
        `round ${round}: ours ${samples.ours.at(-1)!.toFixed(0)} ms, compose ${samples.compose.at(-1)!.toFixed(0)} ms`,
      );
    }
  } finally {
    await stop(inception);
    await stop(compose);
    await runCommand('docker', [
      'compose',
      '-f',
      path.join(folder, 'compose.yml'),
      '-p',
      theirs,
      'down',
      '-v',
      '--rmi',
      'local',
    ]).catch(() => '');
    await removeEnvironment(docker, ours, silentLogger);
  }
  const oursSummary = summarize(samples.ours);
  const composeSummary = summarize(samples.compose);
  console.log(
    `# Save to served: a develop.watch sync rule\n\n${await describeMachine(docker)}, docker compose ${composeVersion}\n`,
  );
  console.log('| watcher | save → served, median (min–max) | ours / compose |');
  console.log('|---|---|---|');
  console.log(
    `| inception watch | ${formatSummary(oursSummary, 2)} | ${(oursSummary.medianMs / composeSummary.medianMs).toFixed(2)} |`,
  );
  console.log(`| docker compose watch | ${formatSummary(composeSummary, 2)} | 1.00 |`);
}

await main();
