import { ConfigurationError } from '../../../errors.js';
import { closestName, isRecord, joinPath } from '../../values/index.js';
import { locate, type Locations } from '../files/locations.js';
import { NESTED_KEYS, SERVICE_KEYS, TOP_LEVEL_KEYS } from './schema-keys.js';

/** Every key outside the compose schema, as one error listing each with its file, line and the key it
 * most likely meant; `x-` keys are free. */
export function checkSchemaKeys(top: Record<string, unknown>, locations: Locations, file: string): void {
  const problems: string[] = [];
  const check = (record: unknown, known: readonly string[], path: string) => {
    if (!isRecord(record)) return;
    for (const key of Object.keys(record)) {
      if (known.includes(key) || key.startsWith('x-')) continue;
      const keyPath = joinPath(path, key);
      problems.push(`${locate(locations, keyPath, `${file}:1`)}: ${keyPath}: ${message(key, known)}`);
    }
  };
  check(top, TOP_LEVEL_KEYS, '');
  for (const [pattern, known] of Object.entries(NESTED_KEYS)) {
    for (const [path, value] of expand(top, pattern)) check(value, known, path);
  }
  if (isRecord(top.services)) {
    for (const [name, service] of Object.entries(top.services))
      check(service, SERVICE_KEYS, `services.${name}`);
  }
  if (problems.length === 1) throw new ConfigurationError(problems[0] as string);
  if (problems.length)
    throw new ConfigurationError(
      `${problems.length} keys are not in the compose specification:\n${problems.join('\n')}`,
    );
}

/** The values at a pattern like `services.*.volumes[].bind`, with their paths. */
function expand(value: unknown, pattern: string): [string, unknown][] {
  let found: [string, unknown][] = [['', value]];
  for (const part of pattern.split('.')) {
    const list = part.endsWith('[]');
    const key = list ? part.slice(0, -2) : part;
    const next: [string, unknown][] = [];
    for (const [path, current] of found) {
      if (!isRecord(current)) continue;
      const children: [string, unknown][] =
        key === '*'
          ? Object.entries(current)
              .filter(([name]) => !name.startsWith('x-'))
              .map(([name, child]) => [joinPath(path, name), child])
          : key in current
            ? [[joinPath(path, key), current[key]]]
            : [];
      for (const [childPath, child] of children) {
        if (!list) next.push([childPath, child]);
        else if (Array.isArray(child))
          child.forEach((item, index) => next.push([`${childPath}[${index}]`, item]));
      }
    }
    found = next;
  }
  return found;
}

function message(key: string, known: readonly string[]): string {
  const guess = closestName(key, known);
  const shown = JSON.stringify(key.length > 60 ? `${key.slice(0, 60)}…` : key);
  return guess
    ? `unknown key ${shown}; did you mean "${guess}"?`
    : `unknown key ${shown}: it is not in the compose specification (write x-${key} for a key of your own)`;
}
