import * as k8s from '@kubernetes/client-node';
import { Writable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import type { Logger } from '../../../log.js';
import { apiErrorMessage } from '../../api-errors.js';
import { sinceTime, TimestampedLog } from './log-lines.js';

export interface LogTarget {
  namespace: string;
  pod: string;
  container: string;
}

/** One reconnect after a stream that ends while the container still runs (API server or kubelet restart). */
const CONNECTIONS = 2;

/**
 * Follows a started container's log into `logger.output`, from its first line to its last. When the
 * stream ends, `hasEnded` says whether the container did; if not, the stream dropped and is opened once
 * more from the last line seen. Resolves when the log is complete or cannot be read further; never throws.
 */
export class ContainerLogFollower {
  private readonly lines = new TimestampedLog();
  private controller: AbortController | undefined;
  private stopped = false;
  readonly done: Promise<void>;

  constructor(
    private readonly config: k8s.KubeConfig,
    private readonly target: LogTarget,
    private readonly logger: Logger,
    private readonly hasEnded: () => Promise<boolean>,
  ) {
    this.done = this.run();
  }

  /** Stops following, e.g. when the pod is being deleted after a timeout. */
  stop(): void {
    this.stopped = true;
    this.controller?.abort();
  }

  private async run(): Promise<void> {
    for (let connection = 1; connection <= CONNECTIONS && !this.stopped; connection++) {
      let failure: string | undefined;
      try {
        await this.follow();
      } catch (error) {
        failure = apiErrorMessage(error);
      }
      if (this.stopped || (await this.hasEnded().catch(() => false))) return;
      const why = failure ? `failed (${failure})` : 'ended while the container still runs';
      if (connection < CONNECTIONS)
        this.logger.warn(`The log stream of ${this.target.pod} ${why}; reconnecting.`);
      else
        this.logger.warn(
          `The log stream of ${this.target.pod} ${why} again; the rest of the log is in the pod.`,
        );
    }
  }

  private async follow(): Promise<void> {
    const decoder = new StringDecoder('utf8');
    const print = (text: string) => {
      if (text) this.logger.output(text);
    };
    let settle: (error?: Error) => void = () => {};
    const finished = new Promise<void>((resolve, reject) => {
      settle = (error) => (error ? reject(error) : resolve());
    });
    const sink = new Writable({
      write: (chunk: Buffer, _encoding, callback) => {
        print(this.lines.push(decoder.write(chunk)));
        callback();
      },
      final: (callback) => {
        print(this.lines.push(decoder.end()));
        print(this.lines.end());
        callback();
        settle();
      },
    });
    sink.on('error', (error) => settle(error));
    // A response that breaks off errors or closes without ending, and a pipe does not pass that on.
    sink.on('pipe', (source: NodeJS.ReadableStream & { readableEnded?: boolean }) => {
      source.on('error', (error: Error) => settle(error));
      source.on('close', () => {
        if (!source.readableEnded) settle(new Error('the log stream closed before its end'));
      });
    });
    const since = this.lines.last === undefined ? {} : { sinceTime: sinceTime(this.lines.last) };
    this.controller = await new k8s.Log(this.config).log(
      this.target.namespace,
      this.target.pod,
      this.target.container,
      sink,
      { follow: true, timestamps: true, ...since },
    );
    // The client pipes the response into the sink; an aborted or broken response never ends it.
    this.controller.signal.addEventListener('abort', () => settle());
    await finished;
  }
}
