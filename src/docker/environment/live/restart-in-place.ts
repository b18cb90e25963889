import type Docker from 'dockerode';
import type { ServiceSpec } from '../../../config/compose/index.js';
import type { Logger } from '../../../log.js';
import { formatDuration } from '../../../shared/format/format-duration.js';
import type { ServiceAddress } from '../info.js';
import { serviceAddress } from '../containers/service-address.js';
import { describeWait } from '../readiness/describe-wait.js';
import { waitForService } from '../readiness/wait-for-service.js';
import { serviceContainers } from './service-containers.js';
import { runPreStop } from './pre-stop.js';
import { runPostStart } from '../start/start-order.js';

export interface RestartInPlaceOptions {
  docker: Docker;
  environment: string;
  service: ServiceSpec;
  logger: Logger;
  signal?: AbortSignal;
  /** Told the service's address as soon as it has restarted, before the wait: its host ports change
   * then, whether or not it turns ready. */
  onRestarted?: (address: ServiceAddress) => Promise<void>;
}

/**
 * Restarts a service's containers as they are (what was synced into them stays, unlike a replacement; a
 * stopped one starts) and waits until each is ready again by the service's wait strategy.
 */
export async function restartInPlace(options: RestartInPlaceOptions): Promise<void> {
  const { docker, environment, service, logger } = options;
  const containers = await serviceContainers(docker, environment, service.name);
  const started = Date.now();
  await Promise.all(
    containers.map(async (container, index) => {
      // As compose restarts: pre_stop first, post_start once it runs again.
      if ((await container.inspect()).State.Running)
        await runPreStop(container, service.name, service.preStop, logger, options.signal);
      // Without a timeout the engine takes the container's own (StopTimeout: stop_grace_period).
      await container.restart();
      const info = await container.inspect();
      await runPostStart(service, container, options.signal);
      if (index === 0) await options.onRestarted?.(serviceAddress(service, info, environment));
      await waitForService({
        docker,
        service: index === 0 ? service.name : `${service.name} (replica ${index + 1})`,
        container,
        wait: service.wait,
        timeoutMs: service.startTimeoutMs,
        network: environment,
        healthcheck: service.healthcheck,
        signal: options.signal,
        logsSince: restartedSince(info),
      });
    }),
  );
  logger.info(
    `${service.name}: restarted, ${describeWait(service.wait)} after ${formatDuration(Date.now() - started)}`,
  );
}

/** From when the log is the new run's, on the engine's clock: the end of the run before (the start is
 * stamped after the process is released, so a line printed at once can come before it). */
function restartedSince(info: Docker.ContainerInspectInfo): number {
  const finished = Date.parse(info.State.FinishedAt);
  const started = Date.parse(info.State.StartedAt);
  return (finished > 0 && finished <= started ? finished : started) / 1000;
}
