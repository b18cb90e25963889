import type { DependencyCondition } from '../../model.js';
import type { ComposeContext } from '../../context.js';
import { isRecord, readBoolean, readRecord, readString } from '../../../values/index.js';

const CONDITIONS: readonly DependencyCondition[] = [
  'service_started',
  'service_healthy',
  'service_completed_successfully',
];
const KEYS = ['condition', 'required', 'restart'];

export interface Dependencies {
  conditions: Record<string, DependencyCondition>;
  /** Where each dependency is written, for messages about it. */
  paths: Record<string, string>;
  /** `required: false`: a missing or disabled dependency is skipped. */
  optional: string[];
  /** `restart: true`: restarting the dependency (inception restart/refresh) restarts this service too. */
  restart: string[];
}

export function noDependencies(): Dependencies {
  return { conditions: {}, paths: {}, optional: [], restart: [] };
}

/** `depends_on: [a, b]` (service_started) or `depends_on: { a: { condition } }`. */
export function parseDependsOn(
  value: unknown,
  path: string,
  ctx: ComposeContext,
  service: string,
): Dependencies {
  const result = noDependencies();
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      const name = readString(item, `${path}[${index}]`, ctx.at);
      result.conditions[name] = 'service_started';
      result.paths[name] = `${path}[${index}]`;
    });
    return result;
  }
  for (const [name, entry] of Object.entries(readRecord(value, path, ctx.at))) {
    const entryPath = `${path}.${name}`;
    result.paths[name] = entryPath;
    result.conditions[name] =
      entry === null ? 'service_started' : parseCondition(entry, entryPath, ctx, service);
    if (
      isRecord(entry) &&
      entry.required !== undefined &&
      !readBoolean(entry.required, `${entryPath}.required`, ctx.at)
    )
      result.optional.push(name);
    if (
      isRecord(entry) &&
      entry.restart !== undefined &&
      readBoolean(entry.restart, `${entryPath}.restart`, ctx.at)
    )
      result.restart.push(name);
  }
  return result;
}

function parseCondition(
  entry: unknown,
  path: string,
  ctx: ComposeContext,
  service: string,
): DependencyCondition {
  if (!isRecord(entry)) return ctx.fail(path, `expected a mapping like { condition: service_healthy }`);
  ctx.warnUnknownKeys(entry, KEYS, path, service);
  if (entry.required !== undefined) readBoolean(entry.required, `${path}.required`, ctx.at);
  if (entry.condition === undefined) return 'service_started';
  const condition = readString(entry.condition, `${path}.condition`, ctx.at);
  if (!(CONDITIONS as readonly string[]).includes(condition)) {
    ctx.fail(`${path}.condition`, `unknown condition "${condition}"; use ${CONDITIONS.join(', ')}`);
  }
  return condition as DependencyCondition;
}
