import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The command as a user runs it: bin/inception.js, on the built bundle (`npm run build` first). */
const INCEPTION = path.join(repoRoot, 'bin/inception.js');

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  output: string;
  ms: number;
  /** Set when a signal was sent: ms after start, and the step the command printed last before it. */
  killedAt?: { ms: number; phase: string };
}

/** Runs `inception <args>`; with `kill`, sends that signal `afterMs` after the start. */
export function inception(
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; kill?: { signal: NodeJS.Signals; afterMs: number } },
): Promise<CliRun> {
  const started = Date.now();
  const child = spawn(process.execPath, [INCEPTION, ...args], {
    cwd: options.cwd,
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  let killedAt: CliRun['killedAt'];
  const timer = options.kill
    ? setTimeout(() => {
        killedAt = { ms: Date.now() - started, phase: lastPhase(output) };
        child.kill(options.kill!.signal);
      }, options.kill.afterMs)
    : undefined;
  return new Promise((resolve) =>
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, output, ms: Date.now() - started, ...(killedAt ? { killedAt } : {}) });
    }),
  );
}

/** The step running when the output stopped: the last "▸ step" the terminal logger printed, or the tests. */
export function lastPhase(output: string): string {
  const lines = output.split('\n');
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (line.includes('tests-running')) return 'tests running';
    const step = /▸ (.+)$/.exec(line);
    if (step) return step[1]!.replace(/( of| in)? soak-[0-9a-f]+-\d+(-tests)?/g, '').trim();
  }
  return 'starting';
}
