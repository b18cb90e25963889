import type Docker from 'dockerode';
import { loadComposeFile } from '../src/config/compose/loader.js';
import { removeEnvironment } from '../src/docker/environment/cleanup/cleanup.js';
import { containerCreateOptions } from '../src/docker/environment/containers/container-spec.js';
import { projectCreateContext } from '../src/docker/environment/start/create-context.js';
import {
  createEnvironmentNetwork,
  networkCreateOptions,
} from '../src/docker/environment/start/network-options.js';
import { prepareServiceImages } from '../src/docker/environment/start/service-images.js';
import { planServices } from '../src/docker/environment/start/service-plan.js';
import { silentLogger } from '../src/log.js';

/**
 * The least time the engine needs for these environments, whoever drives it: for each one its network,
 * then every service's container created and started, all environments and all services at once, with
 * no dependency order and no wait for anything to be ready. The containers are the ones `upEnvironment`
 * makes (same create options, images already tagged, untimed). Returns the wall time of that part; the
 * environments are removed afterwards. What an `up` and ready takes above this is ordering, readiness and
 * the services' own start-up, not engine work.
 */
export async function engineFloorMs(docker: Docker, file: string, names: string[]): Promise<number> {
  const prepared = await Promise.all(
    names.map(async (environment) => {
      const project = await loadComposeFile(file);
      if (project.networks.length > 0 || project.volumes.length > 0)
        throw new Error(`${file}: the engine floor covers stacks with the default network and no volumes`);
      const services = planServices(project).filter((service) => service.replicas > 0);
      const images = await prepareServiceImages({
        docker,
        project,
        services,
        environment,
        logger: silentLogger,
        build: true,
        noCache: false,
      });
      return {
        environment,
        project,
        services,
        images,
        create: await projectCreateContext(project, environment),
      };
    }),
  );
  try {
    const started = performance.now();
    await Promise.all(
      prepared.map(async ({ environment, project, services, images, create }) => {
        await createEnvironmentNetwork(
          docker,
          'default',
          networkCreateOptions(environment, environment, project.networkSettings.default),
        );
        await Promise.all(
          services.map(async (service) => {
            const options = containerCreateOptions(service, {
              ...create,
              environment,
              network: environment,
              image: images.get(service.name)!,
            });
            await (await docker.createContainer(options)).start();
          }),
        );
      }),
    );
    return performance.now() - started;
  } finally {
    await Promise.all(names.map((name) => removeEnvironment(docker, name, silentLogger)));
  }
}
