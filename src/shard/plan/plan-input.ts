import { ConfigurationError, errorMessage } from '../../errors.js';
import { MAX_SHARDS } from '../planner.js';

/** The plan as plan-shards writes its `plan` output (`planJson`), read back by the legs that run it. */
export interface PlannedShards {
  of: number;
  basis: 'timings' | 'count';
  shards: PlannedShard[];
}

export interface PlannedShard {
  shard: number;
  /** Estimated seconds; null when the plan went by count. */
  seconds: number | null;
  files: string[];
}

const EXAMPLE = 'pass the plan output of plan-shards, e.g. plan: ${{ needs.plan.outputs.plan }}';

/**
 * Reads a plan JSON and checks its shape; `where` names what gave it (`Input "plan"`) in every error.
 * A shard missing from the list is taken as an empty one, so a plan written by hand may leave it out.
 */
export function parsePlan(json: string, where: string): PlannedShards {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new ConfigurationError(`${where} is not JSON (${errorMessage(error)}); ${EXAMPLE}.`);
  }
  if (!isObject(value) || !Array.isArray(value.shards)) {
    throw new ConfigurationError(`${where} is not a shard plan: it has no "shards" list; ${EXAMPLE}.`);
  }
  const of = value.of;
  if (typeof of !== 'number' || !Number.isInteger(of) || of < 1 || of > MAX_SHARDS) {
    throw new ConfigurationError(
      `${where} is not a shard plan: "of" must be the number of shards, 1 to ${MAX_SHARDS}; ${EXAMPLE}.`,
    );
  }
  const byNumber = new Map<number, PlannedShard>();
  for (const [position, entry] of value.shards.entries()) {
    const shard = plannedShard(entry, of, `${where}: shards[${position}]`);
    if (byNumber.has(shard.shard)) {
      throw new ConfigurationError(`${where} lists shard ${shard.shard} twice; ${EXAMPLE}.`);
    }
    byNumber.set(shard.shard, shard);
  }
  return {
    of,
    basis: value.basis === 'timings' ? 'timings' : 'count',
    shards: Array.from(
      { length: of },
      (_, index) => byNumber.get(index + 1) ?? { shard: index + 1, seconds: null, files: [] },
    ),
  };
}

/** Every file of the plan, each once, in shard order. */
export function plannedFiles(plan: PlannedShards): string[] {
  return [...new Set(plan.shards.flatMap((shard) => shard.files))];
}

function plannedShard(entry: unknown, of: number, where: string): PlannedShard {
  if (!isObject(entry)) throw new ConfigurationError(`${where} is not an object; ${EXAMPLE}.`);
  const { shard, seconds, files } = entry;
  if (typeof shard !== 'number' || !Number.isInteger(shard) || shard < 1 || shard > of) {
    throw new ConfigurationError(
      `${where}: "shard" must be a whole number from 1 to ${of} (the plan's "of").`,
    );
  }
  if (!Array.isArray(files) || files.some((file) => typeof file !== 'string' || file.trim() === '')) {
    throw new ConfigurationError(`${where}: "files" must be a list of test file paths.`);
  }
  if (files.some((file) => /[\r\n]/.test(file as string))) {
    throw new ConfigurationError(`${where}: a test file path holds a line break; rename the file.`);
  }
  const estimate = typeof seconds === 'number' && Number.isFinite(seconds) && seconds >= 0 ? seconds : null;
  return { shard, seconds: estimate, files: files as string[] };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
