import { currentRun, type RunIdentity } from './run-identity.js';

/** Labels on every resource we create; cleanup and diagnostics find resources by them and by nothing else. */
export const LABEL_MANAGED = 'io.inception.managed';
export const LABEL_ENVIRONMENT = 'io.inception.environment';
export const LABEL_SERVICE = 'io.inception.service';
export const LABEL_RUN = 'io.inception.run';
export const LABEL_ROLE = 'io.inception.role';
/** Which replica of its service a container is (1, 2, ...; `deploy.replicas` / `scale`). */
export const LABEL_REPLICA = 'io.inception.replica';
/** The run that made the resource, and its owning process (`host/pid/start`): see run-identity.ts. */
export const LABEL_RUN_ID = 'io.inception.run-id';
export const LABEL_OWNER = 'io.inception.owner';

export type ResourceRole = 'service' | 'test' | 'network' | 'volume' | 'image';

export function environmentLabels(
  environment: string,
  role: ResourceRole,
  run: RunIdentity = currentRun(),
): Record<string, string> {
  return {
    [LABEL_MANAGED]: 'true',
    [LABEL_ENVIRONMENT]: environment,
    [LABEL_ROLE]: role,
    [LABEL_RUN_ID]: run.runId,
    [LABEL_OWNER]: run.owner,
  };
}

/** Engine API filter selecting one environment's resources, or every resource we manage. */
export function labelFilter(environment?: string): { label: string[] } {
  return { label: environment ? [`${LABEL_ENVIRONMENT}=${environment}`] : [`${LABEL_MANAGED}=true`] };
}
