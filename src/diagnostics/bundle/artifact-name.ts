import { createHash } from 'node:crypto';

export const DEFAULT_ARTIFACT_PREFIX = 'inception-diagnostics';
/** Long enough to read, short enough for download paths on every OS. */
export const MAX_ARTIFACT_NAME_LENGTH = 128;
const HASH_LENGTH = 8;

// Characters the artifact service rejects in names, and control characters.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[":<>|*?\\/\u0000-\u001f\u007f]/g;

/**
 * `<prefix>-<job>-<matrix values>-attempt<n>`: unique per job, matrix leg and run attempt, so legs and
 * re-runs never try to upload the same name. `matrix` is `${{ toJSON(matrix) }}`; its values are
 * flattened by key order. When characters had to be replaced or the name had to be cut, a short hash of
 * the original parts keeps legs that now look alike apart.
 */
export function defaultArtifactName(
  env: Record<string, string | undefined>,
  matrix?: string,
  prefix: string = DEFAULT_ARTIFACT_PREFIX,
): string {
  const job = env.GITHUB_JOB?.trim() || 'local';
  const attempt = `attempt${env.GITHUB_RUN_ATTEMPT?.trim() || '1'}`;
  const values = matrixValues(matrix);
  const head = [prefix, job, ...values].join('-');
  const clean = sanitizeArtifactName(head);
  const needsHash = clean !== head || clean.length + attempt.length + 1 > MAX_ARTIFACT_NAME_LENGTH;
  if (!needsHash) return `${clean}-${attempt}`;
  const hash = createHash('sha256')
    .update(JSON.stringify([prefix, job, values]))
    .digest('hex')
    .slice(0, HASH_LENGTH);
  const room = MAX_ARTIFACT_NAME_LENGTH - attempt.length - hash.length - 2;
  return `${clean.slice(0, room).replace(/-+$/, '')}-${hash}-${attempt}`;
}

/** Leaf values of the matrix JSON, objects by sorted key, arrays in order; text that is not JSON is one value. */
export function matrixValues(matrix: string | undefined): string[] {
  const text = matrix?.trim();
  if (!text) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return [text];
  }
  if (parsed === null) return [];
  const values: string[] = [];
  // Empty values stay (as empty parts) so that {a: '', b: 'x'} and {a: 'x', b: ''} stay apart.
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value !== null && typeof value === 'object') {
      for (const key of Object.keys(value).sort()) visit((value as Record<string, unknown>)[key]);
    } else values.push(String(value));
  };
  visit(parsed);
  return values;
}

export function sanitizeArtifactName(name: string): string {
  return name.replace(FORBIDDEN, '_');
}
