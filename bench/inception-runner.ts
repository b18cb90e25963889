import type Docker from 'dockerode';
import { loadComposeFile } from '../src/config/compose/loader.js';
import { removeEnvironment } from '../src/docker/environment/cleanup/cleanup.js';
import { upEnvironment } from '../src/docker/environment/up.js';
import { type Logger, silentLogger } from '../src/log.js';

const BENCH_TIMEOUT_MS = 10 * 60_000;

/** Where the time of one run went: `prepareMs` is everything before the first container starts (compose
 * file, network, image builds); the rest is starting the services and waiting for them. */
export interface OursRun {
  totalMs: number;
  prepareMs: number;
}

/** A silent logger that notes when upEnvironment says the first container started. */
class StartPhaseLogger implements Logger {
  startedAt?: number;
  info = (message: string) => {
    if (/^[\w.-]+: (started|\d+ replicas started),/.test(message)) this.startedAt ??= performance.now();
  };
  warn = silentLogger.warn;
  error = silentLogger.error;
  debug = silentLogger.debug;
  output = silentLogger.output;
  group<T>(_title: string, fn: () => Promise<T>): Promise<T> {
    return fn();
  }
}

/** Drives our library the way the setup-docker action does: load the compose file, bring it up, ready. */
export class InceptionBench {
  private readonly running = new Set<string>();

  constructor(
    private readonly docker: Docker,
    private readonly file: string,
  ) {}

  /** Wall time until every named environment is up and ready, all started at once. */
  async up(names: string[], noCache = false): Promise<OursRun> {
    for (const name of names) this.running.add(name);
    const logger = new StartPhaseLogger();
    const started = performance.now();
    await Promise.all(names.map((name) => this.upOne(name, noCache, logger)));
    const totalMs = performance.now() - started;
    return { totalMs, prepareMs: (logger.startedAt ?? started) - started };
  }

  /** Removes the named environments at once; returns the wall time it took. */
  async remove(names: string[]): Promise<number> {
    const started = performance.now();
    await Promise.all(names.map((name) => removeEnvironment(this.docker, name, silentLogger)));
    for (const name of names) this.running.delete(name);
    return performance.now() - started;
  }

  async removeAll(): Promise<void> {
    await this.remove([...this.running]);
  }

  private async upOne(name: string, noCache: boolean, logger: Logger): Promise<void> {
    const project = await loadComposeFile(this.file);
    // Compose's `up --wait` has no deadline either: a loaded machine must slow the figure, not end the bench.
    await upEnvironment({ docker: this.docker, project, name, logger, noCache, timeoutMs: BENCH_TIMEOUT_MS });
  }
}
