import type Docker from 'dockerode';
import { looksSecretName, REDACTED, type Redactor } from '../../shared/redaction/redactor.js';

/** `NAME=value` with the value hidden when the name suggests a secret; artifacts are readable by anyone with repo access. */
export function redactEnvEntry(entry: string): string {
  const eq = entry.indexOf('=');
  if (eq < 0) return entry;
  return looksSecretName(entry.slice(0, eq)) ? `${entry.slice(0, eq)}=${REDACTED}` : entry;
}

export function redactInspect(inspect: Docker.ContainerInspectInfo): Docker.ContainerInspectInfo {
  const env = inspect.Config?.Env;
  if (!Array.isArray(env)) return inspect;
  return { ...inspect, Config: { ...inspect.Config, Env: env.map(redactEnvEntry) } };
}

/**
 * A container's secrets as its own configuration tells them: the value of every variable whose name
 * looks secret (and every credential URL's password) is then a secret in every file, wherever it shows
 * (a health check's command, a log line, another container's inspect). A post step so needs no secret
 * handed over in state: it learns them again from what it collects.
 */
export function learnContainerSecrets(inspect: Docker.ContainerInspectInfo, redactor: Redactor): void {
  redactor.addEnvEntries(inspect.Config?.Env ?? []);
}
