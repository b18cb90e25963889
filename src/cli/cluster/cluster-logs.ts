import type * as k8s from '@kubernetes/client-node';
import path from 'node:path';
import { ConfigurationError } from '../../errors.js';
import type { KubeClients } from '../../kube/client.js';
import { ContainerLogFollower } from '../../kube/test-job/index.js';
import { silentLogger, type Logger } from '../../log.js';
import type { CliContext } from '../context.js';
import { writeClusterDiagnostics } from './cluster-path.js';
import { readDeployed } from './deployed.js';
import { LinePrefixer } from '../output/line-prefixer.js';
import { logPrefix, serviceOfPod } from './pod-service.js';

interface ContainerLog {
  pod: string;
  container: string;
  prefix: string;
}

/** Every container of the pods of the named services (all when none is named), with its line prefix. */
function containerLogs(pods: k8s.V1Pod[], wanted: string[], namespace: string): ContainerLog[] {
  const byService = new Map<string, k8s.V1Pod[]>();
  for (const pod of pods) {
    const service = serviceOfPod(pod);
    byService.set(service, [...(byService.get(service) ?? []), pod]);
  }
  for (const name of wanted) {
    if (!byService.has(name)) {
      throw new ConfigurationError(
        `"${name}" has no pods in ${namespace}; the services there: ${[...byService.keys()].join(', ') || 'none'}`,
      );
    }
  }
  return [...byService.entries()]
    .filter(([service]) => wanted.length === 0 || wanted.includes(service))
    .flatMap(([service, servicePods]) =>
      servicePods.flatMap((pod) => {
        const containers = (pod.spec?.containers ?? []).map((c) => c.name);
        const name = pod.metadata?.name ?? '';
        return containers.map((container) => ({
          pod: name,
          container,
          prefix: logPrefix(service, name, container, servicePods.length, containers.length),
        }));
      }),
    );
}

/** Writes a container's log chunks to stdout, each line prefixed. */
function prefixingLogger(prefix: string): Logger & { flush(): void } {
  const lines = new LinePrefixer(prefix);
  return {
    ...silentLogger,
    warn: (message) => process.stderr.write(`${prefix} | ${message}\n`),
    output: (chunk) => process.stdout.write(lines.push(chunk)),
    flush: () => process.stdout.write(lines.end()),
  };
}

async function containerEnded(clients: KubeClients, namespace: string, log: ContainerLog): Promise<boolean> {
  const pod = await clients.core.readNamespacedPod({ name: log.pod, namespace }).catch(() => undefined);
  const status = pod?.status?.containerStatuses?.find((c) => c.name === log.container);
  return !pod || !!pod.metadata?.deletionTimestamp || !!status?.state?.terminated;
}

/** `logs` on the cluster path: the pods' logs, with -f followed until they end or Ctrl-C; with --collect
 * the diagnostics folder. */
export async function clusterLogs(context: CliContext): Promise<number> {
  const { state, clients } = await readDeployed(context, 'show the logs of');
  if (context.options.collect) {
    await writeClusterDiagnostics(context, state, path.resolve(context.options.collect));
    return 0;
  }
  const { namespace } = state;
  const pods = (await clients.core.listNamespacedPod({ namespace })).items;
  const logs = containerLogs(pods, context.options.positionals, namespace);
  if (context.options.follow) {
    await Promise.all(
      logs.map(async (log) => {
        const logger = prefixingLogger(log.prefix);
        const follower = new ContainerLogFollower(
          clients.config,
          { namespace, pod: log.pod, container: log.container },
          logger,
          () => containerEnded(clients, namespace, log),
        );
        await follower.done;
        logger.flush();
      }),
    );
    return 0;
  }
  for (const log of logs) {
    const text = await clients.core
      .readNamespacedPodLog({ name: log.pod, namespace, container: log.container })
      .catch(() => '');
    const lines = new LinePrefixer(log.prefix);
    process.stdout.write(lines.push(text) + lines.end());
  }
  return 0;
}
