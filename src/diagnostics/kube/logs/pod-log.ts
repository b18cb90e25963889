import http from 'node:http';
import https from 'node:https';
import { Transform, type TransformCallback } from 'node:stream';
import type { KubeConfig } from '@kubernetes/client-node';
import { KubeCallTimeoutError, type KubeCallLimits } from '../../../kube/call-limits.js';
import { LogLineSplitter, LogTail, type BundleWriter, type LogLine } from '../../bundle/index.js';

export interface PodLogTarget {
  namespace: string;
  pod: string;
  container: string;
  /** The log of the container's previous run (before its last restart). */
  previous: boolean;
}

const ERROR_BODY_LIMIT = 4096;
/** What kubelet sends, with status 200, when the container's log is gone (e.g. it restarted meanwhile). */
const KUBELET_NO_LOG = /^unable to retrieve container logs for \S+$/;

/** The API answered with kubelet's error text in place of the log. */
export class KubeletLogError extends Error {
  override readonly name = 'KubeletLogError';
}

/**
 * Streams one container's whole log to `relative` of the bundle (redacted) as the API server sends it: `<time> <message>` lines, no
 * tail, no byte limit. The client's `readNamespacedPodLog` buffers the whole log in a string, and its `Log`
 * helper hides the API's error message; a plain request does neither.
 */
export async function writePodLog(
  config: KubeConfig,
  target: PodLogTarget,
  bundle: BundleWriter,
  relative: string,
  limits?: KubeCallLimits,
): Promise<LogTail> {
  const tail = new LogTail();
  let firstLine: LogLine | undefined;
  const splitter = new LogLineSplitter((line: LogLine) => {
    firstLine ??= line;
    tail.add(line);
  });
  const watch = new Transform({
    transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) {
      splitter.push(undefined, chunk);
      callback(null, chunk);
    },
    flush(callback: TransformCallback) {
      splitter.end();
      callback();
    },
  });
  await bundle.writeStream(relative, () => requestLog(config, target, limits), watch);
  // The summary shows these lines: redacted like the file.
  tail.lastLines.splice(
    0,
    tail.lastLines.length,
    ...tail.lastLines.map((line) => bundle.redactor.redact(line)),
  );
  // Lines read with timestamps always start with one; kubelet's own message does not.
  if (tail.lineCount === 1 && firstLine && !firstLine.timestamp && KUBELET_NO_LOG.test(firstLine.message)) {
    throw new KubeletLogError(`kubelet: ${firstLine.message}`);
  }
  return tail;
}

/** A log may be long: the per-call limit bounds the API server's silence, not the whole read. */
async function requestLog(
  config: KubeConfig,
  target: PodLogTarget,
  limits: KubeCallLimits | undefined,
): Promise<http.IncomingMessage> {
  const cluster = config.getCurrentCluster();
  if (!cluster) throw new Error('no current cluster in the kubeconfig');
  const url = new URL(
    `${cluster.server.replace(/\/+$/, '')}/api/v1/namespaces/${encodeURIComponent(target.namespace)}` +
      `/pods/${encodeURIComponent(target.pod)}/log`,
  );
  url.searchParams.set('container', target.container);
  url.searchParams.set('timestamps', 'true');
  if (target.previous) url.searchParams.set('previous', 'true');
  const options: https.RequestOptions = {
    method: 'GET',
    signal: limits?.signal,
    timeout: limits?.requestTimeoutMs,
  };
  await config.applyToHTTPSOptions(options);
  const transport = url.protocol === 'http:' ? http : https;
  const response = await new Promise<http.IncomingMessage>((resolve, reject) => {
    let answer: http.IncomingMessage | undefined;
    const request = transport.request(url, options, (response) => {
      answer = response;
      resolve(response);
    });
    request.on('timeout', () => {
      const seconds = Math.round((limits?.requestTimeoutMs ?? 0) / 1000);
      const error = new KubeCallTimeoutError(`timed out: the API server sent nothing for ${seconds}s`);
      answer?.destroy(error);
      request.destroy(error);
    });
    request.on('error', reject).end();
  });
  if (response.statusCode === 200) return response;
  throw new Error(`HTTP ${response.statusCode}: ${await errorText(response)}`);
}

/** The API's Status message ("previous terminated container … not found"), else the start of the body. */
async function errorText(response: http.IncomingMessage): Promise<string> {
  let body = '';
  for await (const chunk of response) {
    if (body.length < ERROR_BODY_LIMIT) body += String(chunk);
  }
  try {
    const status = JSON.parse(body) as { message?: string };
    if (status.message) return status.message;
  } catch {
    // not JSON: fall through to the raw text
  }
  return body.slice(0, ERROR_BODY_LIMIT).trim() || response.statusMessage || 'no message';
}
