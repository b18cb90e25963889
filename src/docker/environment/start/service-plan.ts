import type { ComposeProject, ServiceSpec, WaitStrategy } from '../../../config/compose/index.js';
import { ConfigurationError } from '../../../errors.js';

/** Applies per-service wait overrides and makes one-shot dependencies wait for their exit. Pure. */
export function planServices(
  project: ComposeProject,
  overrides: Record<string, WaitStrategy> = {},
  timeoutMs?: number,
): ServiceSpec[] {
  const names = new Set(project.services.map((service) => service.name));
  for (const name of Object.keys(overrides)) {
    if (!names.has(name)) {
      throw new ConfigurationError(
        `wait: service "${name}" is not in ${project.file}; services are: ${[...names].join(', ')}`,
      );
    }
  }
  const awaitedToComplete = new Set(
    project.services.flatMap((service) =>
      Object.entries(service.dependsOn)
        .filter(([, condition]) => condition === 'service_completed_successfully')
        .map(([dependency]) => dependency),
    ),
  );
  return project.services.map((service) => {
    let wait = overrides[service.name] ?? service.wait;
    if (wait.kind === 'started' && awaitedToComplete.has(service.name)) wait = { kind: 'exit', code: 0 };
    if (wait.kind === 'healthy' && !service.healthcheck) {
      throw new ConfigurationError(
        `service "${service.name}" waits for its health check but has none: add a healthcheck or another wait.`,
      );
    }
    return { ...service, wait, startTimeoutMs: timeoutMs ?? service.startTimeoutMs };
  });
}
