import { PassThrough, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type Docker from 'dockerode';

export interface NodeExecResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs a command in a node container through the Engine API (as `docker exec -i`); `stdin` is streamed
 * in and closed at its end, so a command reading `-` sees end of file.
 */
export async function execInNode(
  docker: Docker,
  container: string,
  command: string[],
  stdin?: Readable,
): Promise<NodeExecResult> {
  const exec = await docker.getContainer(container).exec({
    Cmd: command,
    AttachStdin: stdin !== undefined,
    AttachStdout: true,
    AttachStderr: true,
    Tty: false,
  });
  const stream = await exec.start({ hijack: true, stdin: stdin !== undefined });
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const chunks = { stdout: [] as Buffer[], stderr: [] as Buffer[] };
  stdout.on('data', (chunk: Buffer) => chunks.stdout.push(chunk));
  stderr.on('data', (chunk: Buffer) => chunks.stderr.push(chunk));
  docker.modem.demuxStream(stream, stdout, stderr);
  const ended = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('close', resolve);
    stream.on('error', reject);
  });
  // pipeline ends the hijacked socket's write side when stdin is done: the engine then closes the
  // command's stdin. Its failure alone says nothing; the exit code does.
  const feeding = stdin ? pipeline(stdin, stream, { end: true }).catch(() => undefined) : undefined;
  await ended;
  // A command that exits without reading all of stdin (a failed import) would leave the feed waiting.
  if (stdin && !stdin.readableEnded) stdin.destroy();
  await feeding;
  let inspected = await exec.inspect();
  // The output can end a moment before the engine records the exit code.
  for (let tries = 0; inspected.Running && tries < 100; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    inspected = await exec.inspect();
  }
  return {
    exitCode: inspected.ExitCode ?? -1,
    stdout: Buffer.concat(chunks.stdout).toString('utf8'),
    stderr: Buffer.concat(chunks.stderr).toString('utf8'),
  };
}
