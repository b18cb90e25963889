import type Docker from 'dockerode';
import type {
  ComposeProject,
  DependencyCondition,
  ServiceSpec,
  WaitStrategy,
} from '../../config/compose/index.js';
import { ServiceStartError } from '../../errors.js';
import type { Logger } from '../../log.js';
import { formatDuration } from '../../shared/format-duration.js';
import { containerCreateOptions, volumeName } from './container-spec.js';
import type { EnvironmentInfo } from './info.js';
import { validateEnvironmentName } from './name.js';
import { environmentLabels } from '../../shared/labels.js';
import { describeWait } from './readiness/describe-wait.js';
import { waitForService } from './readiness/wait-for-service.js';
import { serviceAddress } from './service-address.js';
import { planServices } from './service-plan.js';
import { prepareServiceImages } from './service-images.js';

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
  /** Aborting stops the start (waits end, nothing more is created) and throws the abort's reason; what
   * was created stays for `removeEnvironment`, as after a failure. */
  signal?: AbortSignal;
}

/** Brings the project up as an isolated environment: its own network, volumes and container names;
 * independent services start at once, dependents when their conditions hold. Leaves what it created in
 * place on failure, so diagnostics can be collected before `removeEnvironment`. */
export async function upEnvironment(options: UpOptions): Promise<EnvironmentInfo> {
  const { docker, project, logger } = options;
  const environment = validateEnvironmentName(options.name);
  const services = planServices(project, options.waitOverrides, options.timeoutMs);
  const network = environment;
  const { signal } = options;
  signal?.throwIfAborted();

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

  signal?.throwIfAborted();
  const containers = new Map<string, Docker.Container>();
  await logger.group(`Start ${services.length} services of ${environment}`, () =>
    startInDependencyOrder({ docker, services, environment, network, images, containers, logger, signal }),
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

interface StartContext {
  docker: Docker;
  services: ServiceSpec[];
  environment: string;
  network: string;
  images: Map<string, string>;
  containers: Map<string, Docker.Container>;
  logger: Logger;
  signal?: AbortSignal;
}

async function startInDependencyOrder(context: StartContext): Promise<void> {
  const { services, logger } = context;
  const byName = new Map(services.map((service) => [service.name, service]));
  const ready = new Map<string, Promise<void>>();
  const abort = new AbortController();
  const stop = () => abort.abort();
  context.signal?.addEventListener('abort', stop, { once: true });

  const satisfy = async (dependency: string, condition: DependencyCondition) => {
    const spec = byName.get(dependency)!;
    await startService(spec);
    const container = context.containers.get(dependency)!;
    const extra: WaitStrategy | undefined =
      condition === 'service_healthy' && spec.wait.kind !== 'healthy'
        ? { kind: 'healthy' }
        : condition === 'service_completed_successfully' && spec.wait.kind !== 'exit'
          ? { kind: 'exit', code: 0 }
          : undefined;
    if (extra) {
      await waitForService({
        service: dependency,
        container,
        wait: extra,
        timeoutMs: spec.startTimeoutMs,
        network: context.network,
        signal: abort.signal,
      });
    }
  };

  const startService = (service: ServiceSpec): Promise<void> => {
    let task = ready.get(service.name);
    if (!task) {
      task = (async () => {
        await Promise.all(
          Object.entries(service.dependsOn).map(([dep, condition]) => satisfy(dep, condition)),
        );
        if (abort.signal.aborted) throw new Error('aborted');
        const started = Date.now();
        const container = await context.docker.createContainer(
          containerCreateOptions(service, {
            environment: context.environment,
            network: context.network,
            image: context.images.get(service.name)!,
          }),
        );
        context.containers.set(service.name, container);
        try {
          await container.start();
        } catch (error) {
          throw new ServiceStartError(service.name, `could not start: ${(error as Error).message}`, '');
        }
        logger.info(`${service.name}: started, waiting for ${describeWait(service.wait)}`);
        await waitForService({
          service: service.name,
          container,
          wait: service.wait,
          timeoutMs: service.startTimeoutMs,
          network: context.network,
          signal: abort.signal,
        });
        logger.info(`${service.name}: ready after ${formatDuration(Date.now() - started)}`);
      })();
      ready.set(service.name, task);
    }
    return task;
  };

  let firstFailure: unknown;
  await Promise.allSettled(
    services.map((service) =>
      startService(service).catch((error: unknown) => {
        if (!abort.signal.aborted) firstFailure = error;
        abort.abort();
        throw error;
      }),
    ),
  );
  context.signal?.removeEventListener('abort', stop);
  context.signal?.throwIfAborted();
  if (firstFailure !== undefined) throw firstFailure;
}
