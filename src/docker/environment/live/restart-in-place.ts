import type Docker from 'dockerode';
import type { ServiceSpec } from '../../../config/compose/index.js';
import type { Logger } from '../../../log.js';
import { formatDuration } from '../../../shared/format/format-duration.js';
import type { ServiceAddress } from '../info.js';
import { serviceAddress } from '../containers/service-address.js';
import { describeWait } from '../readiness/describe-wait.js';
import { waitForService } from '../readiness/wait-for-service.js';
import { runningContainersOf } from './service-containers.js';

export interface RestartInPlaceOptions {
  docker: Docker;
  environment: string;
  service: ServiceSpec;
  logger: Logger;
  signal?: AbortSignal;
}

/**
 * Restarts a service's containers as they are (what was synced into them stays, unlike a replacement) and
 * waits until each is ready again by the service's wait strategy. Resolves with the service's address:
 * published host ports may change on a restart.
 */
export async function restartInPlace(options: RestartInPlaceOptions): Promise<ServiceAddress> {
  const { docker, environment, service, logger } = options;
  const containers = await runningContainersOf(docker, environment, service.name);
  const started = Date.now();
  await Promise.all(
    containers.map(async (container, index) => {
      const since = Date.now() / 1000;
      // Without a timeout the engine takes the container's own (StopTimeout: stop_grace_period).
      await container.restart();
      await waitForService({
        docker,
        service: index === 0 ? service.name : `${service.name} (replica ${index + 1})`,
        container,
        wait: service.wait,
        timeoutMs: service.startTimeoutMs,
        network: environment,
        healthcheck: service.healthcheck,
        signal: options.signal,
        logsSince: since,
      });
    }),
  );
  logger.info(
    `${service.name}: restarted, ${describeWait(service.wait)} after ${formatDuration(Date.now() - started)}`,
  );
  return serviceAddress(service, await containers[0]!.inspect(), environment);
}
