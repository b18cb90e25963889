/** One phase of a service, pod or test step: from `start` to `end`, milliseconds since the epoch. */
export interface TimelineBar {
  /** "created", "starting", "ready", "exited 3", "unhealthy", "tests failed" … */
  label: string;
  start: number;
  end: number;
  failed: boolean;
}

export type TimelineLaneKind = 'service' | 'pod' | 'test';

/** The phases of one service container, pod or test step, in time order. */
export interface TimelineLane {
  kind: TimelineLaneKind;
  /** What the chart names it: the service, `namespace/pod`, the test step. */
  name: string;
  failed: boolean;
  bars: TimelineBar[];
  /** Its log in the bundle (relative path), opened from a click on the page. */
  log?: string;
  /** The log of the run before a restart, for a click on a moment before `until`. */
  previousLog?: { file: string; until: number };
}

/** Milliseconds since the epoch of an RFC 3339 time; undefined for none or an unreadable one. */
export function epochMs(time: string | Date | undefined | null): number | undefined {
  if (time === undefined || time === null) return undefined;
  const ms = time instanceof Date ? time.getTime() : Date.parse(time);
  return Number.isNaN(ms) ? undefined : ms;
}

/**
 * Bars from phase changes: each phase lasts until the next change, the last one until `until`.
 * Changes without a time are left out.
 */
export function barsFromChanges(
  changes: ReadonlyArray<{ at: number | undefined; label: string; failed?: boolean }>,
  until: number,
): TimelineBar[] {
  const known = changes
    .filter((change): change is { at: number; label: string; failed?: boolean } => change.at !== undefined)
    .sort((a, b) => a.at - b.at);
  return known.map((change, index) => ({
    label: change.label,
    start: change.at,
    end: Math.max(change.at, known[index + 1]?.at ?? until),
    failed: change.failed ?? false,
  }));
}
