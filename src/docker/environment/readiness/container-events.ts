import type Docker from 'dockerode';

/** The engine events that change what `inspect` says about a container's readiness; not exec_*, which every
 * healthcheck (the engine's and ours) makes. */
const STATE_EVENTS = [
  'start',
  'die',
  'kill',
  'oom',
  'stop',
  'restart',
  'destroy',
  'health_status',
  'pause',
  'unpause',
];

/**
 * Wakes a waiter when the engine reports a state change of one container, so a wait re-inspects the container
 * when something happened rather than on every poll: with several environments starting at once, the
 * inspects of every waiting service were a large part of the engine's work.
 */
export class ContainerEvents {
  private pending = false;
  private wake?: () => void;

  private constructor(private readonly stream?: NodeJS.ReadableStream & { destroy?: () => void }) {
    stream?.on('data', () => {
      this.pending = true;
      this.wake?.();
    });
    stream?.on('error', () => undefined);
  }

  /** Subscribes before the caller's first inspect, so nothing that happens after it is missed. Without the
   * stream (an engine refusing it) every wait simply times out: the caller polls as before. */
  static async watch(docker: Docker, containerId: string): Promise<ContainerEvents> {
    try {
      const stream = (await docker.getEvents({
        filters: JSON.stringify({ container: [containerId], event: STATE_EVENTS }),
      })) as NodeJS.ReadableStream & { destroy?: () => void };
      return new ContainerEvents(stream);
    } catch {
      return new ContainerEvents();
    }
  }

  /** True once since the last call when an event came: the caller should inspect again. */
  takeChanged(): boolean {
    const changed = this.pending;
    this.pending = false;
    return changed;
  }

  /** Resolves on the next event, after `ms`, or on abort, whichever is first. */
  next(ms: number, signal?: AbortSignal): Promise<void> {
    if (this.pending || signal?.aborted) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', done);
        this.wake = undefined;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wake = done;
      signal?.addEventListener('abort', done, { once: true });
    });
  }

  close(): void {
    this.stream?.destroy?.();
  }
}
