import { isRecord, OverrideTag, RESET_TAG } from '../../values/index.js';

/**
 * Compose's override rules (`-f a -f b`, several YAML documents, `extends`): mappings merge key by key,
 * sequences append and then keep one entry per identity (a port, a mount target, a variable), a scalar
 * of the later file wins; `!reset` drops what came before, `!override` replaces it whole.
 */
export function mergeCompose(base: unknown, override: unknown, path: string[] = []): unknown {
  if (override === RESET_TAG) return undefined;
  if (override instanceof OverrideTag) return override.value;
  if (override === undefined) return base;
  if (base === undefined || base === null || base === RESET_TAG) return override;
  const rule = ruleOf(path);
  if (rule === 'replace') return override;
  if (rule === 'mapping') return mergeMappings(toMapping(base, null), toMapping(override, null), path);
  if (rule === 'depends_on')
    return mergeMappings(toMapping(base, DEPENDENCY), toMapping(override, DEPENDENCY), path);
  if (rule === 'key-values') return { ...toKeyValues(base), ...toKeyValues(override) };
  if (rule === 'build') return mergeMappings(toBuild(base), toBuild(override), path);
  if (rule === 'sequence') return unique([...toSequence(base), ...toSequence(override)], path);
  if (rule === 'logging') return mergeLogging(base, override, path);
  if (isRecord(base) && isRecord(override)) return mergeMappings(base, override, path);
  if (Array.isArray(base) && Array.isArray(override)) return unique([...base, ...override], path);
  return override;
}

/** Drops what `!reset` left and unwraps `!override` in a tree that merged with nothing before it. */
export function withoutTags(value: unknown, path: string[] = []): unknown {
  if (value instanceof OverrideTag) return withoutTags(value.value, path);
  if (Array.isArray(value))
    return unique(
      value.filter((item) => item !== RESET_TAG).map((item) => withoutTags(item, path)),
      path,
    );
  if (!isRecord(value)) return value;
  const result: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (item !== RESET_TAG) result[key] = withoutTags(item, [...path, key]);
  }
  return result;
}

const DEPENDENCY = { condition: 'service_started', required: true };

type Rule = 'replace' | 'mapping' | 'depends_on' | 'key-values' | 'build' | 'sequence' | 'logging';

const SERVICE_RULES: Record<string, Rule> = {
  command: 'replace',
  entrypoint: 'replace',
  'healthcheck.test': 'replace',
  depends_on: 'depends_on',
  networks: 'mapping',
  environment: 'key-values',
  labels: 'key-values',
  annotations: 'key-values',
  sysctls: 'key-values',
  'build.args': 'key-values',
  'build.labels': 'key-values',
  'deploy.labels': 'key-values',
  build: 'build',
  dns: 'sequence',
  dns_opt: 'sequence',
  dns_search: 'sequence',
  env_file: 'sequence',
  label_file: 'sequence',
  logging: 'logging',
  tmpfs: 'sequence',
  extra_hosts: 'sequence',
};

function ruleOf(path: string[]): Rule | undefined {
  if (path[0] === 'services' && path.length >= 3) {
    const rest = path.slice(2);
    if (rest[0] === 'ulimits' && rest.length === 2) return 'replace';
    return SERVICE_RULES[rest.join('.')];
  }
  if ((path[0] === 'networks' || path[0] === 'volumes') && path.length === 3 && path[2] === 'labels')
    return 'key-values';
  return undefined;
}

function mergeMappings(
  base: Record<string, unknown>,
  override: Record<string, unknown>,
  path: string[],
): Record<string, unknown> {
  const result: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) {
    const merged = mergeCompose(result[key], value, [...path, key]);
    if (merged === undefined) delete result[key];
    else result[key] = merged;
  }
  return result;
}

/** As compose-go: another driver's options mean nothing to this one, so a different driver takes its
 * logging whole; the same driver (or one side without a driver) merges the options. */
function mergeLogging(base: unknown, override: unknown, path: string[]): unknown {
  if (!isRecord(base) || !isRecord(override)) return override;
  const drivers = [base.driver, override.driver];
  if (drivers.every((driver) => driver != null) && drivers[0] !== drivers[1]) return override;
  return mergeMappings(base, override, path);
}

function toMapping(value: unknown, fill: Record<string, unknown> | null): Record<string, unknown> {
  if (isRecord(value)) return value;
  if (!Array.isArray(value)) return {};
  return Object.fromEntries(value.map((item) => [String(item), fill && { ...fill }]));
}

function toBuild(value: unknown): Record<string, unknown> {
  return typeof value === 'string' ? { context: value } : isRecord(value) ? value : {};
}

/** `[K=v, K]` or `{K: v}` as one mapping; a bare `K` stays null (its value comes from the environment). */
export function toKeyValues(value: unknown): Record<string, unknown> {
  if (isRecord(value)) return { ...value };
  if (!Array.isArray(value)) return {};
  const result: Record<string, unknown> = {};
  for (const item of value) {
    const text = String(item);
    const equals = text.indexOf('=');
    if (equals < 0) result[text] = null;
    else result[text.slice(0, equals)] = text.slice(equals + 1);
  }
  return result;
}

function toSequence(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (isRecord(value))
    return Object.entries(value).map(([key, item]) => (item === null ? key : `${key}=${item}`));
  return [value];
}

/** One entry per identity, the later one in the place of the first, as compose's EnforceUnicity. */
function unique(items: unknown[], path: string[]): unknown[] {
  const identify = identityOf(path);
  if (!identify) return items;
  const result: unknown[] = [];
  const seen = new Map<string, number>();
  for (const item of items) {
    const key = identify(item);
    const index = key === undefined ? undefined : seen.get(key);
    if (index !== undefined) result[index] = item;
    else {
      if (key !== undefined) seen.set(key, result.length);
      result.push(item);
    }
  }
  return result;
}

const byText = (item: unknown) => (typeof item === 'object' ? undefined : String(item).split('=')[0]);
const byTarget = (item: unknown) =>
  isRecord(item) ? String(item.target) : typeof item === 'string' ? (item.split(':')[1] ?? item) : undefined;
const byMount = (base: string) => (item: unknown) =>
  isRecord(item)
    ? item.target !== undefined
      ? String(item.target)
      : `${base}/${String(item.source)}`
    : `${base}/${String(item)}`;

function identityOf(path: string[]): ((item: unknown) => string | undefined) | undefined {
  if (path[0] !== 'services' || path.length < 3) return undefined;
  const key = path.slice(2).join('.');
  if (['cap_add', 'cap_drop', 'dns', 'dns_opt', 'dns_search', 'links', 'profiles', 'tmpfs'].includes(key))
    return byText;
  if (path.length === 5 && path[2] === 'networks' && path[4] === 'aliases') return byText;
  if (key === 'volumes' || key === 'devices') return byTarget;
  if (key === 'secrets') return byMount('/run/secrets');
  if (key === 'configs') return byMount('');
  if (key === 'expose' || key === 'extra_hosts') return (item) => String(item);
  if (key === 'ports') return (item) => (isRecord(item) ? JSON.stringify(item) : String(item));
  if (key === 'env_file') return (item) => (isRecord(item) ? String(item.path) : String(item));
  return undefined;
}
