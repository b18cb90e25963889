import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from './action-runner.js';

/** By path, so the command can run from any folder. */
const tsxLoader = pathToFileURL(path.join(repoRoot, 'node_modules/tsx/dist/esm/index.mjs')).href;

/** A running `inception` process: its output so far, and its end. */
export interface CliProcess {
  child: ChildProcess;
  /** stdout and stderr, interleaved as they came. */
  output(): string;
  /** Resolves once `pattern` appears in the output; rejects if the process ends first. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<void>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
}

/** Starts `inception <args>` from source in its own process, so signals reach it as they reach a user's. */
export function startCli(
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): CliProcess {
  const child = spawn(
    process.execPath,
    ['--import', tsxLoader, path.join(repoRoot, 'scripts/inception-dev.ts'), ...args],
    {
      cwd: options.cwd ?? repoRoot,
      env: { ...process.env, NO_COLOR: '1', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const listeners = new Set<() => void>();
  const append = (chunk: Buffer) => {
    output += chunk.toString('utf8');
    for (const listener of listeners) listener();
  };
  child.stdout!.on('data', append);
  child.stderr!.on('data', append);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((resolve) =>
    child.on('close', (code, signal) => {
      resolve({ code, signal, at: Date.now() });
      for (const listener of listeners) listener();
    }),
  );
  let ended = false;
  void exited.then(() => (ended = true));
  return {
    child,
    output: () => output,
    exited,
    waitFor: (pattern, timeoutMs = 120_000) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`no ${pattern} in ${timeoutMs} ms; output:\n${output}`));
        }, timeoutMs);
        const check = () => {
          if (pattern.test(output)) {
            clearTimeout(timer);
            listeners.delete(check);
            resolve();
          } else if (ended || child.exitCode !== null) {
            clearTimeout(timer);
            listeners.delete(check);
            reject(new Error(`the command ended before ${pattern}; output:\n${output}`));
          }
        };
        listeners.add(check);
        check();
      }),
  };
}
