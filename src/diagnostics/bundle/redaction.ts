import type Docker from 'dockerode';

const SECRET_NAME = /pass|secret|token|key|credential|auth|private|cert/i;
const REDACTED = '***';

/** `NAME=value` with the value hidden when the name suggests a secret; artifacts are readable by anyone with repo access. */
export function redactEnvEntry(entry: string): string {
  const eq = entry.indexOf('=');
  if (eq < 0) return entry;
  return SECRET_NAME.test(entry.slice(0, eq)) ? `${entry.slice(0, eq)}=${REDACTED}` : entry;
}

export function redactInspect(inspect: Docker.ContainerInspectInfo): Docker.ContainerInspectInfo {
  const env = inspect.Config?.Env;
  if (!Array.isArray(env)) return inspect;
  return { ...inspect, Config: { ...inspect.Config, Env: env.map(redactEnvEntry) } };
}
