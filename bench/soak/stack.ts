import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The soak's one image, built here from the local base image: nothing is pulled. */
export const SOAK_IMAGE = 'inception-soak:local';

export function buildSoakImage(): void {
  const dockerfile = 'FROM debian:bookworm-slim\nLABEL org.opencontainers.image.title=inception-soak\n';
  const result = spawnSync('docker', ['build', '-q', '-t', SOAK_IMAGE, '-'], { input: dockerfile });
  if (result.status !== 0)
    throw new Error(`docker build of ${SOAK_IMAGE} failed: ${result.stderr.toString()}`);
}

export type CycleKind = 'pass' | 'fail' | 'crash' | 'sigterm' | 'sigkill';

/** An HTTP server in perl (in the base image), answering every request with "ok". `$$`: compose
 * interpolates `$`. */
const SERVER =
  "perl -MIO::Socket::INET -e '$$s=IO::Socket::INET->new(LocalPort=>8080,Listen=>5,ReuseAddr=>1) or die; " +
  '$$|=1; print "api listening\\n"; while($$c=$$s->accept){ <$$c>; print $$c "HTTP/1.0 200 OK\\r\\n\\r\\nok\\n"; close $$c }\'';

const TESTS: Record<CycleKind, string> = {
  pass: 'echo tests-running; exec 3<>/dev/tcp/api/8080 && echo tests passed',
  fail: 'echo tests-running; echo "expected 2, got 3" >&2; exit 3',
  crash: 'echo never reached',
  // A random part of a few seconds, so a signal lands at any moment: start, tests, removal.
  sigterm: 'echo tests-running; sleep $((RANDOM % 3)).$((RANDOM % 10)); exec 3<>/dev/tcp/api/8080',
  sigkill: 'echo tests-running; sleep $((RANDOM % 3)).$((RANDOM % 10)); exec 3<>/dev/tcp/api/8080',
};

/** Two tiny services (a store with a volume, an API), started side by side, and a test run; in a crash cycle
 * the API exits at start. Returns the inception.yml. */
export function writeCycleConfig(folder: string, kind: CycleKind): string {
  mkdirSync(folder, { recursive: true });
  const api =
    kind === 'crash'
      ? "['bash', '-c', 'echo api failed to bind; exit 3']"
      : JSON.stringify(['bash', '-c', SERVER]);
  writeFileSync(
    path.join(folder, 'compose.yml'),
    `services:
  store:
    image: ${SOAK_IMAGE}
    command: ['bash', '-c', 'echo store ready; exec sleep infinity']
    volumes: ['data:/data']
    x-inception: { wait: { log: 'store ready' }, timeout: 30s }
  api:
    image: ${SOAK_IMAGE}
    command: ${api}
    x-inception: { wait: { log: 'api listening' }, timeout: 30s }
volumes:
  data: {}
`,
  );
  const file = path.join(folder, 'inception.yml');
  writeFileSync(
    file,
    `compose: compose.yml
tests:
  image: ${SOAK_IMAGE}
  command: ["bash", "-c", ${JSON.stringify(TESTS[kind])}]
  timeout: 60s
`,
  );
  return file;
}
