import {
  CACHE_READ,
  CACHE_WRITE,
  mintRuntimeToken,
  type CacheScope,
} from '../results-server/runtime-token.js';

export interface RuntimeIdentity {
  /** The workflow run's backend id; also its folder under the server's directory. */
  runId: string;
  /** Default `<runId>-job`: act runs every job of a workflow with the same variables, so one token. */
  jobId?: string;
  /** The run's ref (default refs/heads/main): caches are saved in its scope and read from it and main's. */
  ref?: string;
}

const DEFAULT_BRANCH_REF = 'refs/heads/main';

export interface RuntimeEnv extends Record<string, string> {
  ACTIONS_RESULTS_URL: string;
  ACTIONS_RUNTIME_URL: string;
  ACTIONS_RUNTIME_TOKEN: string;
  ACTIONS_CACHE_SERVICE_V2: string;
}

/** The variables a runner gives a job for the results service: artifacts (v4+) and caches (v2). */
export function runtimeEnv(serverUrl: string, identity: RuntimeIdentity): RuntimeEnv {
  const token = mintRuntimeToken({
    runBackendId: identity.runId,
    jobBackendId: identity.jobId ?? `${identity.runId}-job`,
    cacheScopes: cacheScopes(identity.ref ?? DEFAULT_BRANCH_REF),
  });
  return {
    ACTIONS_RESULTS_URL: `${serverUrl}/`,
    ACTIONS_RUNTIME_URL: `${serverUrl}/`,
    ACTIONS_RUNTIME_TOKEN: token,
    ACTIONS_CACHE_SERVICE_V2: 'true',
  };
}

/** As on GitHub: a run reads and writes its own ref's caches and reads the default branch's. */
export function cacheScopes(ref: string): CacheScope[] {
  const own = { scope: ref, permission: CACHE_READ | CACHE_WRITE };
  return ref === DEFAULT_BRANCH_REF ? [own] : [own, { scope: DEFAULT_BRANCH_REF, permission: CACHE_READ }];
}

/** Runs `body` with `env` in process.env (the Actions toolkit reads it there), then puts back what was. */
export async function withEnv<T>(env: Record<string, string>, body: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(env).map((name) => [name, process.env[name]]));
  Object.assign(process.env, env);
  try {
    return await body();
  } finally {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}
