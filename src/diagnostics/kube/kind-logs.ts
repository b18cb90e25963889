import { spawn } from 'node:child_process';

const OUTPUT_TAIL = 2000;
const DEFAULT_TIMEOUT_MS = 5 * 60 * 1000;

export interface KindLogsOptions {
  cluster: string;
  dir: string;
  /** Default: `kind` on PATH. */
  binary?: string;
  timeoutMs?: number;
}

/** Raised when the kind binary is missing, so the caller can say "skipped" rather than "failed". */
export class KindNotFoundError extends Error {
  override readonly name = 'KindNotFoundError';
}

/** `kind export logs <dir> --name <cluster>`: every node's journal, kubelet, containerd and pod logs. */
export function exportKindLogs(options: KindLogsOptions): Promise<void> {
  const binary = options.binary ?? 'kind';
  const args = ['export', 'logs', options.dir, '--name', options.cluster];
  return new Promise((resolve, reject) => {
    // Not spawn's own `timeout`: its timer outlives a binary that is missing and holds the process open.
    const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    let output = '';
    const keep = (chunk: Buffer) => (output = (output + chunk.toString('utf8')).slice(-OUTPUT_TAIL));
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(
        error.code === 'ENOENT'
          ? new KindNotFoundError(`kind binary "${binary}" not found; node logs skipped`)
          : error,
      );
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else {
        const how = signal ? `was killed (${signal})` : `exited with ${code}`;
        reject(new Error(`\`${binary} ${args.join(' ')}\` ${how}: ${output.trim()}`));
      }
    });
  });
}
