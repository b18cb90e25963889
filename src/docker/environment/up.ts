import type Docker from 'dockerode';
import type { ComposeProject, WaitStrategy } from '../../config/compose/index.js';
import type { Logger } from '../../log.js';
import { volumeName } from './container-spec.js';
import type { EnvironmentInfo } from './info.js';
import { validateEnvironmentName } from './name.js';
import { environmentLabels } from '../../shared/labels.js';
import { serviceAddress } from './service-address.js';
import { planServices } from './service-plan.js';
import { prepareServiceImages } from './service-images.js';
import { startInDependencyOrder } from './start-order.js';

export interface UpOptions {
  docker: Docker;
  project: ComposeProject;
  name: string;
  logger: Logger;
  /** Build services that have `build:` (default true); false uses what the engine already has. */
  build?: boolean;
  noCache?: boolean;
  waitOverrides?: Record<string, WaitStrategy>;
  timeoutMs?: number;
}

/** Brings the project up as an isolated environment: its own network, volumes and container names;
 * independent services start at once, dependents when their conditions hold. Leaves what it created in
 * place on failure, so diagnostics can be collected before `removeEnvironment`. */
export async function upEnvironment(options: UpOptions): Promise<EnvironmentInfo> {
  const { docker, project, logger } = options;
  const environment = validateEnvironmentName(options.name);
  const services = planServices(project, options.waitOverrides, options.timeoutMs);
  const network = environment;

  await logger.group(`Create network and volumes of ${environment}`, async () => {
    await docker.createNetwork({
      Name: network,
      Driver: 'bridge',
      CheckDuplicate: true,
      Labels: environmentLabels(environment, 'network'),
    });
    await Promise.all(
      project.volumes.map((volume) =>
        docker.createVolume({
          Name: volumeName(environment, volume),
          Labels: environmentLabels(environment, 'volume'),
        }),
      ),
    );
    logger.info(`network ${network}, ${project.volumes.length} volume(s)`);
  });

  const images = await prepareServiceImages({
    docker,
    project,
    services,
    environment,
    logger,
    build: options.build ?? true,
    noCache: options.noCache ?? false,
  });

  const containers = new Map<string, Docker.Container>();
  await logger.group(`Start ${services.length} services of ${environment}`, () =>
    startInDependencyOrder({ docker, services, environment, network, images, containers, logger }),
  );

  const inspected = await Promise.all(services.map((service) => containers.get(service.name)!.inspect()));
  return {
    name: environment,
    network,
    services: Object.fromEntries(
      services.map((service, index) => [service.name, serviceAddress(service, inspected[index]!, network)]),
    ),
  };
}
