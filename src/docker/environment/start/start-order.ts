import type Docker from 'dockerode';
import {
  sharedNamespaceService,
  type DependencyCondition,
  type ServiceSpec,
  type WaitStrategy,
} from '../../../config/compose/index.js';
import { ServiceStartError } from '../../../errors.js';
import type { Logger } from '../../../log.js';
import { formatDuration } from '../../../shared/format/format-duration.js';
import { containerCreateOptions, type CreateContext } from '../containers/container-spec.js';
import { beforeDeadline, withinText } from '../readiness/deadline.js';
import { describeWait } from '../readiness/describe-wait.js';
import { waitForService } from '../readiness/wait-for-service.js';
import { serviceNetworking } from '../containers/networking.js';
import { copyFileMounts } from '../containers/copy-file-mounts.js';
import { lastLogLines } from '../../container-logs.js';
import { hookFailureText, runHooks } from '../live/run-hooks.js';
import { rejectWhenAborted } from '../../../shared/cancellation/abort.js';

export interface StartContext {
  docker: Docker;
  services: ServiceSpec[];
  environment: string;
  network: string;
  /** Per service, its image, or the promise of it while it builds: a service waits only for its own. */
  images: ReadonlyMap<string, string | Promise<string>>;
  /** What create options need besides the service: external resources, secret files, container names. */
  create?: Omit<CreateContext, 'environment' | 'network' | 'image'>;
  containers: Map<string, Docker.Container>;
  logger: Logger;
  /** Aborting ends the waits, creates nothing more and throws the abort's reason. */
  signal?: AbortSignal;
}

/** Whether the service's container can be created before any other service's exists. */
function createsAlone(service: ServiceSpec): boolean {
  const mode = service.networkMode?.kind;
  return (
    mode !== 'service' &&
    mode !== 'container' &&
    service.volumesFrom.length === 0 &&
    service.links.length === 0 &&
    sharedNamespaceService(service.runtime.ipc) === undefined &&
    sharedNamespaceService(service.runtime.pid) === undefined
  );
}

const CONDITION_TEXT: Record<DependencyCondition, string> = {
  service_started: 'to start',
  service_healthy: 'to turn healthy',
  service_completed_successfully: 'to exit with code 0',
};

/**
 * Starts every service once its dependencies' conditions hold. Each service has ONE deadline, its
 * startup timeout counted from the moment its images are ready (its own and those of everything it
 * waits behind): waiting for its dependencies spends it, so a dependent never gets a fresh full timeout
 * after a slow dependency. The first failure aborts the
 * other waits and is thrown.
 */
export async function startInDependencyOrder(context: StartContext): Promise<void> {
  const { services, logger } = context;
  const byName = new Map(services.map((service) => [service.name, service]));
  const ready = new Map<string, Promise<void>>();
  const abort = new AbortController();
  const stop = () => abort.abort();
  context.signal?.addEventListener('abort', stop, { once: true });
  const phaseStart = Date.now();
  const networkContext = {
    environment: context.environment,
    network: context.network,
    externalNetworks: context.create?.externalNetworks ?? {},
    containerOf: context.create?.containerOf ?? ((name: string) => `${context.environment}-${name}`),
  };
  // A service's clock starts once its own image and the images of all it waits behind are ready: a build
  // or a pull is not the service's start-up, and a slow one must not spend its timeout.
  const clockStarts = new Map<string, Promise<number>>();
  const clockStartOf = (service: ServiceSpec): Promise<number> => {
    let start = clockStarts.get(service.name);
    if (!start) {
      const dependencies = Object.keys(service.dependsOn).flatMap((name) => byName.get(name) ?? []);
      start = Promise.all([context.images.get(service.name), ...dependencies.map(clockStartOf)]).then(() =>
        Math.max(phaseStart, Date.now()),
      );
      start.catch(() => undefined);
      clockStarts.set(service.name, start);
    }
    return start;
  };
  const deadlineOf = async (service: ServiceSpec) => (await clockStartOf(service)) + service.startTimeoutMs;

  /** The dependency's own condition, on its own deadline: a failure here is the dependency's. */
  const satisfy = async (dependency: string, condition: DependencyCondition) => {
    const spec = byName.get(dependency)!;
    await startService(spec);
    // As compose: a service scaled to 0 has no container, and nothing waits for it.
    if (spec.replicas === 0) return;
    const container = context.containers.get(dependency)!;
    const extra: WaitStrategy | undefined =
      condition === 'service_healthy' && spec.wait.kind !== 'healthy'
        ? { kind: 'healthy' }
        : condition === 'service_completed_successfully' && spec.wait.kind !== 'exit'
          ? { kind: 'exit', code: 0 }
          : undefined;
    if (extra) {
      await waitForService({
        docker: context.docker,
        service: dependency,
        container,
        wait: extra,
        timeoutMs: spec.startTimeoutMs,
        deadline: await deadlineOf(spec),
        network: context.network,
        healthcheck: spec.healthcheck,
        signal: abort.signal,
      });
    }
  };

  /** Resolves when every dependency holds; past the dependent's deadline, fails naming those it awaits. */
  const awaitDependencies = async (service: ServiceSpec) => {
    const pending = new Map(Object.entries(service.dependsOn));
    if (pending.size === 0) return;
    const all = Promise.all(
      [...pending].map(([dependency, condition]) =>
        satisfy(dependency, condition).then(() => pending.delete(dependency)),
      ),
    );
    all.catch(() => undefined);
    await beforeDeadline(all, await deadlineOf(service), () => {
      const awaited = [...pending].map(
        ([dependency, condition]) => `"${dependency}" ${CONDITION_TEXT[condition]}`,
      );
      return new ServiceStartError(
        service.name,
        `was not ready ${withinText(service.startTimeoutMs)}: its deadline passed while it waited for ` +
          `${awaited.join(' and ')} (depends_on); the wait for dependencies counts against its timeout`,
        '',
      );
    });
  };

  const startService = (service: ServiceSpec): Promise<void> => {
    let task = ready.get(service.name);
    if (!task) {
      task = (async () => {
        if (service.replicas === 0) {
          logger.info(`${service.name}: scale 0, no container started`);
          return;
        }
        const createReplica = async (replica: number) => {
          const options = containerCreateOptions(service, {
            ...context.create,
            environment: context.environment,
            network: context.network,
            // Not past an abort: a failed service must not wait for a build still running.
            image: await Promise.race([context.images.get(service.name)!, rejectWhenAborted(abort.signal)]),
            replica,
          });
          const created = await context.docker.createContainer(options);
          await copyFileMounts(created, service, context.create?.files ?? { secrets: {}, configs: {} });
          for (const network of serviceNetworking(service, networkContext).more)
            await context.docker
              .getNetwork(network.name)
              .connect({ Container: created.id, EndpointConfig: network.endpoint });
          return created;
        };
        // Created while its dependencies start, so that only the start waits for their conditions; not when
        // its creation names another service's container, which may not exist yet.
        const early = createsAlone(service) ? createReplica(1) : undefined;
        early?.catch(() => undefined);
        await awaitDependencies(service);
        if (abort.signal.aborted) throw new Error('aborted');
        const container = await (early ?? createReplica(1));
        // From here: the wait for its image (still building, maybe) is not the service's own time.
        const started = Date.now();
        context.containers.set(service.name, container);
        try {
          await container.start();
        } catch (error) {
          throw new ServiceStartError(service.name, `could not start: ${(error as Error).message}`, '');
        }
        await runPostStart(service, container, abort.signal);
        // Further replicas answer to the service's name too (its alias on each network); each one is
        // waited for, so the service is ready when every replica is.
        const replicas = [container];
        for (let replica = 2; replica <= service.replicas; replica++) {
          const created = await createReplica(replica);
          await created.start();
          await runPostStart(service, created, abort.signal);
          replicas.push(created);
        }
        const startedText = service.replicas > 1 ? `${service.replicas} replicas started` : 'started';
        logger.info(`${service.name}: ${startedText}, waiting for ${describeWait(service.wait)}`);
        const deadline = await deadlineOf(service);
        await Promise.all(
          replicas.map((replica, index) =>
            waitForService({
              docker: context.docker,
              service: index === 0 ? service.name : `${service.name} (replica ${index + 1})`,
              container: replica,
              wait: service.wait,
              timeoutMs: service.startTimeoutMs,
              deadline,
              network: context.network,
              healthcheck: service.healthcheck,
              signal: abort.signal,
            }),
          ),
        );
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

/** `post_start`: compose runs the hooks once the container has started and fails the service when one
 * fails; their output is what the error shows. They count against the service's start timeout. */
export async function runPostStart(
  service: ServiceSpec,
  container: Docker.Container,
  signal?: AbortSignal,
): Promise<void> {
  if (service.postStart.length === 0) return;
  let failure;
  try {
    failure = await runHooks(container, service.postStart, signal, service.startTimeoutMs);
  } catch (error) {
    // The container exited before the hook could run in it: that exit is the news.
    const state = (await container.inspect().catch(() => undefined))?.State;
    if (state && !state.Running)
      throw new ServiceStartError(
        service.name,
        `exited with code ${state.ExitCode} before its post_start could run`,
        await lastLogLines(container, 50),
      );
    throw error;
  }
  if (failure)
    throw new ServiceStartError(
      service.name,
      `failed in its post_start: ${hookFailureText(failure)}` +
        (failure.output.trim() ? `; its output:\n${failure.output.trimEnd()}` : ''),
      '',
    );
}
