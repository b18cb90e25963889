/**
 * Compose variable interpolation: `$$`, `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR-default}`,
 * `${VAR:?message}`, `${VAR?message}`, `${VAR:+replacement}`, `${VAR+replacement}`; defaults may nest.
 */

export type Lookup = (name: string) => string | undefined;

export class InterpolationError extends Error {}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;

/** Throws InterpolationError for `:?`/`?` on a missing value and for malformed templates; reports unset names. */
export function interpolate(
  text: string,
  lookup: Lookup,
  onUnset: (name: string) => void = () => {},
): string {
  let result = '';
  let i = 0;
  while (i < text.length) {
    const dollar = text.indexOf('$', i);
    if (dollar < 0) {
      result += text.slice(i);
      break;
    }
    result += text.slice(i, dollar);
    const next = text[dollar + 1];
    if (next === '$') {
      result += '$';
      i = dollar + 2;
    } else if (next === '{') {
      const close = matchingBrace(text, dollar + 1);
      if (close < 0) throw new InterpolationError(`unterminated "\${" in ${JSON.stringify(text)}`);
      result += expandBraced(text.slice(dollar + 2, close), lookup, onUnset);
      i = close + 1;
    } else {
      const name = NAME.exec(text.slice(dollar + 1))?.[0];
      // As compose: a "$" that starts no variable ("grep 'OK$'", "5$") stays as it is.
      if (!name) {
        result += '$';
        i = dollar + 1;
        continue;
      }
      result += valueOf(name, lookup, onUnset);
      i = dollar + 1 + name.length;
    }
  }
  return result;
}

function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

function valueOf(name: string, lookup: Lookup, onUnset: (name: string) => void): string {
  const value = lookup(name);
  if (value === undefined) onUnset(name);
  return value ?? '';
}

function expandBraced(inner: string, lookup: Lookup, onUnset: (name: string) => void): string {
  const name = NAME.exec(inner)?.[0];
  if (!name) throw new InterpolationError(`"\${${inner}}" does not start with a variable name`);
  const rest = inner.slice(name.length);
  if (!rest) return valueOf(name, lookup, onUnset);
  const operator = /^(:?[-?+])/.exec(rest)?.[1];
  if (!operator)
    throw new InterpolationError(`"\${${inner}}" is not a valid substitution; use \${${name}:-default}`);
  const argument = () => interpolate(rest.slice(operator.length), lookup, onUnset);
  const value = lookup(name);
  const missing = operator.startsWith(':') ? !value : value === undefined;
  switch (operator.replace(':', '')) {
    case '-':
      return missing ? argument() : (value as string);
    case '+':
      return missing ? '' : argument();
    default:
      if (missing) {
        const message = argument();
        throw new InterpolationError(
          `required variable ${name} is missing a value${message ? `: ${message}` : ''}`,
        );
      }
      return value as string;
  }
}
