import { ConfigurationError } from '../errors.js';
import { byPath } from '../shared/files/glob-files.js';

/** GitHub runs at most 256 jobs from one matrix. */
export const MAX_SHARDS = 256;

export interface PlanOptions {
  /** Test files, relative paths; duplicates are planned once. */
  files: readonly string[];
  /** Seconds per test file from earlier runs; files not in `files` are dropped. */
  timings: ReadonlyMap<string, number>;
  /** How many shards; with `targetSeconds`, the number to use while no timings are known. */
  shards?: number;
  /** Choose the number of shards so that each takes about this long (at most `maxShards`). */
  targetSeconds?: number;
  maxShards?: number;
}

export interface Shard {
  /** 1-based, as in the matrix. */
  shard: number;
  files: string[];
  /** Estimated seconds; null when the plan went by count (no timings known). */
  seconds: number | null;
}

export interface ShardPlan {
  of: number;
  basis: 'timings' | 'count';
  shards: Shard[];
  /** Files without a timing: each weighted by `meanSeconds`. */
  untimed: string[];
  meanSeconds?: number;
  /** Files that had a timing but are no longer among the tests. */
  dropped: string[];
  totalSeconds: number;
  /** The slowest shard's estimate; what the matrix waits for. */
  makespanSeconds: number;
  /** No plan can beat max(total / shards, slowest file). */
  lowerBoundSeconds: number;
  /** What changed the number of shards asked for, or why a target cannot be met. */
  notes: string[];
}

interface Weighted {
  file: string;
  /** Whole milliseconds, so every leg adds them up to the same sums. */
  ms: number;
}

/**
 * Longest processing time first: files by weight, heaviest first (ties by path), each onto the shard with
 * the least so far (ties to the lowest number). Deterministic for the same files and timings, so every leg
 * of a matrix that plans for itself computes the same plan. A file without a timing weighs the mean of the
 * timed ones, never 0 (a weight of 0 is how files end up planned onto no runner at all in other tools);
 * without any timing every file weighs the same, which splits by count.
 */
export function planShards(options: PlanOptions): ShardPlan {
  const files = [...new Set(options.files)].sort(byPath);
  if (files.length === 0)
    throw new ConfigurationError('No test files to plan: the test patterns matched nothing.');
  const maxShards = checkCount(options.maxShards ?? MAX_SHARDS, 'The largest number of shards');
  if (options.shards !== undefined) checkCount(options.shards, 'The number of shards');
  const listed = new Set(files);
  const dropped = [...options.timings.keys()].filter((file) => !listed.has(file)).sort(byPath);
  const known = files.filter((file) => options.timings.has(file));
  const basis = known.length > 0 ? 'timings' : 'count';
  const knownMs = new Map(
    known.map((file) => [file, Math.max(1, Math.round((options.timings.get(file) ?? 0) * 1000))]),
  );
  const meanMs = basis === 'timings' ? Math.max(1, Math.round(sum([...knownMs.values()]) / known.length)) : 1;
  const weighted: Weighted[] = files
    .map((file) => ({ file, ms: knownMs.get(file) ?? meanMs }))
    .sort((a, b) => b.ms - a.ms || byPath(a.file, b.file));
  const untimed = basis === 'timings' ? files.filter((file) => !knownMs.has(file)) : [];

  const notes: string[] = [];
  const count = shardCount(weighted, basis, options, Math.min(maxShards, files.length), notes);
  const loads = longestFirst(weighted, count);
  const totalMs = sum(weighted.map((item) => item.ms));
  const makespanMs = Math.max(...loads.map((load) => load.ms));
  const longestMs = weighted[0]?.ms ?? 0;
  const seconds = (ms: number) => (basis === 'timings' ? ms / 1000 : null);
  return {
    of: count,
    basis,
    shards: loads.map((load, index) => ({
      shard: index + 1,
      files: load.files.sort(byPath),
      seconds: seconds(load.ms),
    })),
    untimed,
    ...(basis === 'timings' ? { meanSeconds: meanMs / 1000 } : {}),
    dropped,
    totalSeconds: basis === 'timings' ? totalMs / 1000 : 0,
    makespanSeconds: basis === 'timings' ? makespanMs / 1000 : 0,
    lowerBoundSeconds: basis === 'timings' ? Math.max(Math.ceil(totalMs / count), longestMs) / 1000 : 0,
    notes,
  };
}

function shardCount(
  weighted: Weighted[],
  basis: ShardPlan['basis'],
  options: PlanOptions,
  cap: number,
  notes: string[],
): number {
  const { targetSeconds, shards } = options;
  if (targetSeconds !== undefined && basis === 'timings') {
    if (!(targetSeconds > 0))
      throw new ConfigurationError('The target duration must be more than 0 seconds.');
    const targetMs = targetSeconds * 1000;
    const longestMs = weighted[0]?.ms ?? 0;
    let count = Math.min(cap, Math.max(1, Math.ceil(sum(weighted.map((item) => item.ms)) / targetMs)));
    while (count < cap && longestMs <= targetMs) {
      const makespan = Math.max(...longestFirst(weighted, count).map((load) => load.ms));
      if (makespan <= targetMs) break;
      count++;
    }
    if (longestMs > targetMs) {
      notes.push(
        `${weighted[0]?.file} alone takes ${longestMs / 1000}s, more than the target of ${targetSeconds}s: no number of shards meets it.`,
      );
    } else if (Math.max(...longestFirst(weighted, count).map((load) => load.ms)) > targetMs) {
      notes.push(
        `${count} shards (the most allowed) still take longer than the target of ${targetSeconds}s.`,
      );
    }
    return count;
  }
  if (targetSeconds !== undefined) {
    const fallback = Math.min(shards ?? 1, cap);
    notes.push(
      `No timings are known yet, so the target duration cannot choose the number of shards: ${fallback} by count${shards === undefined ? ' (give "shards" for another number until timings exist)' : ''}.`,
    );
    return fallback;
  }
  if (shards === undefined) throw new ConfigurationError('Give the number of shards or a target duration.');
  if (shards > cap) {
    notes.push(
      cap === weighted.length
        ? `${shards} shards asked for, but there are only ${weighted.length} test files: planned ${cap}, one file each.`
        : `${shards} shards asked for, more than the most allowed: planned ${cap}.`,
    );
    return cap;
  }
  return shards;
}

function longestFirst(weighted: readonly Weighted[], count: number): { files: string[]; ms: number }[] {
  const loads = Array.from({ length: count }, () => ({ files: [] as string[], ms: 0 }));
  for (const item of weighted) {
    let lightest = 0;
    for (let i = 1; i < count; i++)
      if ((loads[i] as { ms: number }).ms < (loads[lightest] as { ms: number }).ms) lightest = i;
    const load = loads[lightest] as { files: string[]; ms: number };
    load.files.push(item.file);
    load.ms += item.ms;
  }
  return loads;
}

function checkCount(value: number, what: string): number {
  if (!Number.isInteger(value) || value < 1 || value > MAX_SHARDS) {
    throw new ConfigurationError(`${what} is ${value}; write a whole number from 1 to ${MAX_SHARDS}.`);
  }
  return value;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
