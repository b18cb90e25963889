/** Cache permissions in the token's `ac` claim, as bits. */
export const CACHE_READ = 1;
export const CACHE_WRITE = 2;

export interface CacheScope {
  /** A ref such as `refs/heads/main`; caches are kept apart by it. */
  scope: string;
  permission: number;
}

/** What the results service learns from ACTIONS_RUNTIME_TOKEN. */
export interface RuntimeClaims {
  runBackendId: string;
  jobBackendId: string;
  /** In the order a restore searches them: the run's own ref first, then the default branch. */
  cacheScopes: CacheScope[];
}

/** A token without cache scopes (act's own, for one) may read and write one unnamed scope. */
const DEFAULT_SCOPES: CacheScope[] = [{ scope: '', permission: CACHE_READ | CACHE_WRITE }];
const LIFETIME_SECONDS = 6 * 60 * 60;

/**
 * An unsigned JWT shaped like the runner's: @actions/artifact only decodes it, to take the backend ids
 * from the `Actions.Results:<run>:<job>` scope, and this server trusts it the same way.
 */
export function mintRuntimeToken(claims: RuntimeClaims, now = new Date()): string {
  const issuedAt = Math.floor(now.getTime() / 1000);
  const payload = {
    scp: `Actions.GenericRead:${claims.runBackendId} Actions.Results:${claims.runBackendId}:${claims.jobBackendId}`,
    ac: JSON.stringify(claims.cacheScopes.map((s) => ({ Scope: s.scope, Permission: s.permission }))),
    iat: issuedAt,
    nbf: issuedAt,
    exp: issuedAt + LIFETIME_SECONDS,
  };
  return `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(payload)}.`;
}

/** The claims of a bearer token, or undefined when it is not a JWT with a results scope. */
export function readRuntimeToken(token: string): RuntimeClaims | undefined {
  const payload = decodePayload(token);
  if (!payload || typeof payload.scp !== 'string') return undefined;
  const results = payload.scp
    .split(' ')
    .map((scope) => scope.split(':'))
    .find((parts) => parts[0] === 'Actions.Results' && parts.length === 3);
  if (!results?.[1] || !results[2]) return undefined;
  return { runBackendId: results[1], jobBackendId: results[2], cacheScopes: readCacheScopes(payload.ac) };
}

function readCacheScopes(claim: unknown): CacheScope[] {
  if (typeof claim !== 'string') return DEFAULT_SCOPES;
  try {
    const parsed: unknown = JSON.parse(claim);
    if (!Array.isArray(parsed)) return DEFAULT_SCOPES;
    const scopes = parsed
      .filter((entry): entry is { Scope: string; Permission: number } => {
        return typeof entry?.Scope === 'string' && typeof entry?.Permission === 'number';
      })
      .map((entry) => ({ scope: entry.Scope, permission: entry.Permission }));
    return scopes.length > 0 ? scopes : DEFAULT_SCOPES;
  } catch {
    return DEFAULT_SCOPES;
  }
}

function decodePayload(token: string): Record<string, unknown> | undefined {
  const part = token.split('.')[1];
  if (!part) return undefined;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return parsed !== null && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function base64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}
