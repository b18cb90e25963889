import { runProgramChecked } from '../../../shared/process/run-command.js';

const DEFAULT_TIMEOUT_MS = 5 * 60 * 1000;

export interface KindLogsOptions {
  cluster: string;
  dir: string;
  /** Default: `kind` on PATH. */
  binary?: string;
  timeoutMs?: number;
}

/** `kind export logs <dir> --name <cluster>`: every node's journal, kubelet, containerd and pod logs.
 * Rejects with ProgramNotFoundError when there is no kind binary. */
export async function exportKindLogs(options: KindLogsOptions): Promise<void> {
  await runProgramChecked(
    options.binary ?? 'kind',
    ['export', 'logs', options.dir, '--name', options.cluster],
    {
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    },
  );
}
