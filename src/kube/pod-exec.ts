import * as k8s from '@kubernetes/client-node';
import { PassThrough, type Writable } from 'node:stream';

export interface ExecTarget {
  namespace: string;
  pod: string;
  container: string;
}

export interface ExecResult {
  /** 0 on success; the command's exit code when the API reports one; -1 for another failure. */
  exitCode: number;
  stderr: string;
  /** The API's status message on failure. */
  message?: string;
}

/** Runs a command in a running container over the exec websocket, its stdout into `stdout`. */
export async function execInContainer(
  config: k8s.KubeConfig,
  target: ExecTarget,
  command: string[],
  stdout: Writable = new PassThrough().resume(),
): Promise<ExecResult> {
  const stderrChunks: Buffer[] = [];
  const stderr = new PassThrough();
  stderr.on('data', (chunk: Buffer) => stderrChunks.push(chunk));
  let status: k8s.V1Status | undefined;
  const socket = await new k8s.Exec(config).exec(
    target.namespace,
    target.pod,
    target.container,
    command,
    stdout,
    stderr,
    null,
    false,
    (received) => {
      status = received;
    },
  );
  await new Promise<void>((resolve, reject) => {
    socket.on('close', () => resolve());
    socket.on('error', reject);
  });
  if (!stdout.writableEnded) stdout.end();
  const stderrText = Buffer.concat(stderrChunks).toString('utf8');
  if (status?.status === 'Success') return { exitCode: 0, stderr: stderrText };
  const code = status?.details?.causes?.find((cause) => cause.reason === 'ExitCode')?.message;
  return {
    exitCode: code !== undefined && /^\d+$/.test(code) ? Number(code) : -1,
    stderr: stderrText,
    message: status?.message ?? 'the exec stream closed without a status',
  };
}
