export interface Summary {
  runs: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
}

export function summarize(samplesMs: number[]): Summary {
  if (samplesMs.length === 0) throw new Error('no samples to summarize');
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const medianMs = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { runs: sorted.length, medianMs, minMs: sorted[0]!, maxMs: sorted.at(-1)! };
}

/** `6.1 s`; `digits` 2 for figures well under a second. */
export const seconds = (ms: number, digits = 1): string => `${(ms / 1000).toFixed(digits)} s`;

/** `6.1 s (5.8–7.0)`: median, then min–max when there is more than one run. */
export function formatSummary(summary: Summary, digits = 1): string {
  if (summary.runs === 1) return seconds(summary.medianMs, digits);
  const range = `${(summary.minMs / 1000).toFixed(digits)}–${(summary.maxMs / 1000).toFixed(digits)}`;
  return `${seconds(summary.medianMs, digits)} (${range})`;
}

/** A timestamped progress line on stderr (the report goes to stdout). */
export function progress(line: string): void {
  console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`);
}

/** Measures `fn` in milliseconds. */
export async function timed(fn: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}
