import type Docker from 'dockerode';
import { EngineUnavailableError, errorMessage, ServiceStartError } from '../errors.js';

/** What a client sees when the engine stops under it: the socket closed, refused, or removed. */
const GONE_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ECONNABORTED']);
const GONE_TEXT = /socket hang up|ECONNRESET|ECONNREFUSED|EPIPE|connect ENOENT|daemon is shutting down/i;
const PING_TIMEOUT_MS = 3000;
/** An engine going down stops its containers (SIGTERM, then SIGKILL) while its API still answers. */
const STOPPED_BY_SIGNAL = /^exited with code (137|143) while/;
/** How long to watch for the engine going away after a service was stopped that way. */
const WATCH_MS = 8000;
const WATCH_POLL_MS = 250;

/** The engine stopped answering (or restarted) during an operation; says so, and what to do. An
 * EngineUnavailableError, so the entries' catch reports its message alone, without a stack trace. */
export class EngineGoneError extends EngineUnavailableError {}

/** Where the client talks to its engine: `unix:///var/run/docker.sock`, `tcp://host:2376`. */
export function engineAddress(docker: Docker): string {
  const modem = docker.modem as {
    socketPath?: string;
    host?: string;
    port?: number | string;
    protocol?: string;
  };
  if (modem.socketPath) return `unix://${modem.socketPath}`;
  return `${modem.protocol === 'ssh' ? 'ssh' : 'tcp'}://${modem.host}:${modem.port}`;
}

/** True when `error`, or what caused it, is the connection to the engine breaking. */
export function isConnectionLoss(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    const { code, syscall, cause } = current as { code?: unknown; syscall?: unknown; cause?: unknown };
    if (typeof code === 'string' && GONE_CODES.has(code)) return true;
    if (code === 'ENOENT' && syscall === 'connect') return true;
    // A service's own log lines (in a ServiceStartError's message) may well say ECONNREFUSED: not ours.
    const text = current instanceof ServiceStartError ? current.reason : errorMessage(current);
    if (GONE_TEXT.test(text)) return true;
    current = cause;
  }
  return false;
}

/** Whether the engine answers a ping: `yes`, `no` (the connection fails), or `unknown` (no answer in
 * a few seconds: a busy engine is not taken for a gone one). */
export async function engineAnswers(docker: Docker): Promise<'yes' | 'no' | 'unknown'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'unknown'>((resolve) => {
    timer = setTimeout(() => resolve('unknown'), PING_TIMEOUT_MS);
    timer.unref();
  });
  const ping = docker.ping().then(
    () => 'yes' as const,
    (error: unknown) => (isConnectionLoss(error) ? ('no' as const) : ('unknown' as const)),
  );
  return Promise.race([ping, timeout]).finally(() => clearTimeout(timer));
}

/** True when the engine stops answering within `ms`. */
async function goesAway(docker: Docker, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if ((await engineAnswers(docker)) === 'no') return true;
    await new Promise((resolve) => setTimeout(resolve, WATCH_POLL_MS));
  }
  return false;
}

/**
 * When `error` came from the engine going away (the connection broke, or the engine no longer answers
 * at all), an EngineGoneError about `what`; else undefined. A service that "exited" by SIGTERM or
 * SIGKILL may have been stopped by its engine on the way down: then the engine is watched a few
 * seconds, and its going away tells.
 */
export async function engineGoneError(
  docker: Docker,
  error: unknown,
  what: string,
  advice: string,
): Promise<EngineGoneError | undefined> {
  const stopped =
    error instanceof ServiceStartError &&
    STOPPED_BY_SIGNAL.test(error.reason) &&
    (await goesAway(docker, WATCH_MS));
  const lost = stopped || isConnectionLoss(error);
  const answers = await engineAnswers(docker);
  if (!lost && answers !== 'no') return undefined;
  const now = answers === 'yes' ? 'it answers again now, so it was restarted' : 'it does not answer now';
  return new EngineGoneError(
    `The Docker engine at ${engineAddress(docker)} went away while ${what}: ${now}. ${advice}`,
    { cause: error },
  );
}
