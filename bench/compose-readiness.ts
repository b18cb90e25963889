import type Docker from 'dockerode';
import type { ComposeProject } from '../src/config/compose/model.js';

/** The interval our library polls at (src/docker/readiness/wait-for-service.ts), so both sides poll alike. */
const POLL_MS = 250;
const PROJECT_LABEL = 'com.docker.compose.project';
const SERVICE_LABEL = 'com.docker.compose.service';

/** What "ready" means for a docker-compose project: every service with a healthcheck healthy, every
 * one-shot service exited 0, every other service running. */
export interface ComposeReadiness {
  services: string[];
  oneShot: Set<string>;
}

/** One-shot services are the ones others wait on with `service_completed_successfully` (here: migrate). */
export function composeReadiness(project: ComposeProject): ComposeReadiness {
  const oneShot = new Set<string>();
  for (const service of project.services) {
    for (const [dependency, condition] of Object.entries(service.dependsOn)) {
      if (condition === 'service_completed_successfully') oneShot.add(dependency);
    }
  }
  return { services: project.services.map((service) => service.name), oneShot };
}

type State = { ready: boolean; failure?: string };

function serviceState(info: Docker.ContainerInspectInfo, oneShot: boolean): State {
  const state = info.State;
  const exited = state.Status === 'exited' || state.Status === 'dead';
  if (oneShot) {
    if (!exited) return { ready: false };
    return state.ExitCode === 0
      ? { ready: true }
      : { ready: false, failure: `exited with ${state.ExitCode}` };
  }
  if (exited) return { ready: false, failure: `exited with ${state.ExitCode}` };
  if (!state.Health) return { ready: state.Running };
  if (state.Health.Status === 'unhealthy') return { ready: false, failure: 'turned unhealthy' };
  return { ready: state.Health.Status === 'healthy' };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `docker inspect` (through the Engine API, as our library does) until the project is ready. */
export async function waitForComposeProject(
  docker: Docker,
  project: string,
  readiness: ComposeReadiness,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const listed = await docker.listContainers({
    all: true,
    filters: JSON.stringify({ label: [`${PROJECT_LABEL}=${project}`] }),
  });
  const containers = new Map(
    listed.map((info) => [info.Labels[SERVICE_LABEL] ?? '', docker.getContainer(info.Id)]),
  );
  const missing = readiness.services.filter((service) => !containers.has(service));
  if (missing.length)
    throw new Error(`compose project ${project} has no container for ${missing.join(', ')}`);

  for (;;) {
    const states = await Promise.all(
      readiness.services.map(async (service) => {
        const info = await containers.get(service)!.inspect();
        return [service, serviceState(info, readiness.oneShot.has(service))] as const;
      }),
    );
    const failed = states.find(([, state]) => state.failure);
    if (failed) throw new Error(`compose project ${project}: ${failed[0]} ${failed[1].failure}`);
    const pending = states.filter(([, state]) => !state.ready).map(([service]) => service);
    if (!pending.length) return;
    if (Date.now() >= deadline)
      throw new Error(`compose project ${project}: not ready: ${pending.join(', ')}`);
    await sleep(POLL_MS);
  }
}
