import { Transform, type TransformCallback } from 'node:stream';
import type Docker from 'dockerode';
import { DockerFrameDecoder } from '../../docker/log-frames.js';
import { formatLogLine, LogLineSplitter, LogTail, type BundleWriter, type LogLine } from '../bundle/index.js';

/**
 * Streams a container's whole log (running or stopped) to `relative` of the bundle, one `<time> <stream> <message>` line
 * each. Non-TTY logs arrive multiplexed in frames; a TTY container's output is one raw stream.
 */
export async function writeContainerLog(
  docker: Docker,
  containerId: string,
  tty: boolean,
  bundle: BundleWriter,
  relative: string,
): Promise<LogTail> {
  const tail = new LogTail();
  let out = '';
  const splitter = new LogLineSplitter((line: LogLine) => {
    tail.add(line);
    out += formatLogLine(line) + '\n';
  });
  const decoder = new DockerFrameDecoder();
  const drain = (): string => {
    const text = out;
    out = '';
    return text;
  };
  const toLines = new Transform({
    transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) {
      if (tty) splitter.push(undefined, chunk);
      else for (const frame of decoder.push(chunk)) splitter.push(frame.stream, frame.payload);
      callback(null, drain());
    },
    flush(callback: TransformCallback) {
      splitter.end();
      callback(null, drain());
    },
  });
  await bundle.writeStream(relative, () => openLogStream(docker, containerId), toLines);
  // The summary shows these lines: redacted like the file.
  tail.lastLines.splice(
    0,
    tail.lastLines.length,
    ...tail.lastLines.map((line) => bundle.redactor.redact(line)),
  );
  return tail;
}

/** `container.logs()` buffers the whole log in memory unless it follows; dialing ourselves streams it and still ends. */
function openLogStream(docker: Docker, containerId: string): Promise<NodeJS.ReadableStream> {
  return new Promise((resolve, reject) => {
    docker.modem.dial(
      {
        path: `/containers/${encodeURIComponent(containerId)}/logs?`,
        method: 'GET',
        isStream: true,
        statusCodes: { 200: true, 404: 'no such container', 500: 'server error' },
        options: { stdout: true, stderr: true, timestamps: true, follow: false },
      },
      (error, result) => (error ? reject(error) : resolve(result as NodeJS.ReadableStream)),
    );
  });
}
