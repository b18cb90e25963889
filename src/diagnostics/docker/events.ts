import type Docker from 'dockerode';

export interface EngineEvent {
  Type: string;
  Action: string;
  Actor: { ID: string; Attributes?: Record<string, string> };
  time: number;
  /** Kept as text: nanoseconds since the epoch do not fit a double. */
  timeNano: string;
}

export interface EventQuery {
  filters: Record<string, string[]>;
  since: Date;
  until: Date;
}

const READ_TIMEOUT_MS = 30_000;

/** Events between `since` and `until`; the engine closes the stream once `until` is reached. */
export async function readEngineEvents(docker: Docker, query: EventQuery): Promise<EngineEvent[]> {
  const stream = (await docker.getEvents({
    // Fractional seconds: the engine reads "<seconds>.<fraction>", and a whole-second `until` in the future would make it wait.
    since: query.since.getTime() / 1000,
    until: query.until.getTime() / 1000,
    filters: query.filters,
  })) as NodeJS.ReadableStream & { destroy?: () => void };
  return new Promise((resolve, reject) => {
    const events: EngineEvent[] = [];
    let pending = '';
    const take = (text: string): void => {
      const parsed = parseEventLine(text);
      if (parsed) events.push(parsed);
    };
    const timer = setTimeout(() => {
      stream.destroy?.();
      resolve(events);
    }, READ_TIMEOUT_MS);
    stream.on('data', (chunk: Buffer | string) => {
      const lines = (pending + chunk.toString()).split('\n');
      pending = lines.pop() ?? '';
      lines.forEach(take);
    });
    stream.on('end', () => {
      clearTimeout(timer);
      take(pending);
      resolve(events);
    });
    stream.on('error', (error: Error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

export function parseEventLine(text: string): EngineEvent | undefined {
  if (text.trim() === '') return undefined;
  const raw = JSON.parse(text) as Partial<EngineEvent> & { status?: string; id?: string };
  const timeNano = /"timeNano"\s*:\s*(\d+)/.exec(text)?.[1] ?? String((raw.time ?? 0) * 1e9);
  return {
    Type: raw.Type ?? 'unknown',
    Action: raw.Action ?? raw.status ?? 'unknown',
    Actor: { ID: raw.Actor?.ID ?? raw.id ?? '', Attributes: raw.Actor?.Attributes ?? {} },
    time: raw.time ?? 0,
    timeNano,
  };
}

/** RFC 3339 UTC with nanoseconds, like the engine's own timestamps. */
export function eventTime(event: EngineEvent): string {
  const nanos = event.timeNano.padStart(10, '0');
  const seconds = Number(nanos.slice(0, -9));
  const fraction = nanos.slice(-9);
  return `${new Date(seconds * 1000).toISOString().slice(0, 19)}.${fraction}Z`;
}

/** `<time> <type> <action> <name> key=value ...` */
export function formatEventLine(event: EngineEvent): string {
  const attributes = event.Actor.Attributes ?? {};
  const name = attributes.name ?? event.Actor.ID.slice(0, 12);
  const rest = Object.keys(attributes)
    .filter((key) => key !== 'name')
    .sort()
    .map((key) => `${key}=${quoteIfNeeded(attributes[key] ?? '')}`);
  return [eventTime(event), event.Type, quoteIfNeeded(event.Action), name, ...rest].join(' ');
}

function quoteIfNeeded(value: string): string {
  return /[\s"=]/.test(value) || value === '' ? JSON.stringify(value) : value;
}

export function compareEvents(a: EngineEvent, b: EngineEvent): number {
  const ka = a.timeNano.padStart(20, '0');
  const kb = b.timeNano.padStart(20, '0');
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
