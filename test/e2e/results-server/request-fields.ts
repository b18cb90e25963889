import { TwirpError } from './twirp.js';

// Protobuf JSON: snake_case names, int64 as a string or a number, wrapper types (StringValue,
// Int64Value) as their bare value, absent fields for defaults.

export function optionalText(body: Record<string, unknown>, field: string): string | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new TwirpError('malformed', `${field} must be a string`);
  return value;
}

export function text(body: Record<string, unknown>, field: string): string {
  const value = optionalText(body, field);
  if (!value) throw new TwirpError('invalid_argument', `${field} is required`);
  return value;
}

export function texts(body: Record<string, unknown>, field: string): string[] {
  const value = body[field] ?? [];
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
    throw new TwirpError('malformed', `${field} must be a list of strings`);
  }
  return value as string[];
}

export function optionalInteger(body: Record<string, unknown>, field: string): number | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  const number = typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isSafeInteger(number)) {
    throw new TwirpError('malformed', `${field} must be an integer`);
  }
  return number;
}

export function optionalTime(body: Record<string, unknown>, field: string): Date | undefined {
  const value = optionalText(body, field);
  if (value === undefined) return undefined;
  const time = new Date(value);
  if (Number.isNaN(time.getTime())) throw new TwirpError('malformed', `${field} must be an RFC 3339 time`);
  return time;
}
