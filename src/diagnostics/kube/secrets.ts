import type { V1PodSpec } from '@kubernetes/client-node';
import type { KubeClients } from '../../kube/client.js';
import type { Redactor } from '../../shared/redaction/redactor.js';
import type { ReportFailure } from '../bundle/index.js';
import type { KubeInventory } from './inventory.js';

/**
 * Teaches `redactor` the secrets of what is about to be written: env values whose names look secret,
 * and the values of the Secrets that pods and Jobs take variables from (read from the cluster, as a
 * test prints them, describe shows them and events quote them). A Secret that cannot be read is
 * reported; its values then stay unknown, so the rest still goes through name and URL redaction.
 */
export async function learnKubeSecrets(
  clients: KubeClients,
  inventory: KubeInventory,
  redactor: Redactor,
  fail: ReportFailure,
): Promise<void> {
  const specs = [
    ...inventory.pods.map((pod) => ({ namespace: pod.metadata?.namespace, spec: pod.spec })),
    ...inventory.jobs.map((job) => ({ namespace: job.metadata?.namespace, spec: job.spec?.template.spec })),
    ...inventory.deployments.map((deployment) => ({
      namespace: deployment.metadata?.namespace,
      spec: deployment.spec?.template.spec,
    })),
  ];
  // Whole Secrets (envFrom) and single keys (secretKeyRef), each Secret read once.
  const wanted = new Map<string, { namespace: string; name: string; keys: Set<string> | 'all' }>();
  const want = (namespace: string, name: string, key?: string): void => {
    const id = `${namespace}/${name}`;
    const entry = wanted.get(id) ?? { namespace, name, keys: new Set<string>() };
    if (key === undefined) entry.keys = 'all';
    else if (entry.keys !== 'all') entry.keys.add(key);
    wanted.set(id, entry);
  };
  for (const { namespace = 'default', spec } of specs) {
    for (const container of containersOf(spec)) {
      for (const variable of container.env ?? []) {
        redactor.addVariable(variable.name, variable.value);
        const ref = variable.valueFrom?.secretKeyRef;
        if (ref?.name) want(namespace, ref.name, ref.key);
      }
      for (const source of container.envFrom ?? []) {
        if (source.secretRef?.name) want(namespace, source.secretRef.name);
      }
    }
  }
  await Promise.all(
    [...wanted.values()].map(async ({ namespace, name, keys }) => {
      try {
        const secret = await clients.core.readNamespacedSecret({ namespace, name });
        for (const [key, encoded] of Object.entries(secret.data ?? {})) {
          if (keys === 'all' || keys.has(key)) redactor.add(Buffer.from(encoded, 'base64').toString('utf8'));
        }
        for (const [key, value] of Object.entries(secret.stringData ?? {})) {
          if (keys === 'all' || keys.has(key)) redactor.add(value);
        }
      } catch (error) {
        fail(`Secret ${namespace}/${name} (read to keep its values out of the diagnostics)`, error);
      }
    }),
  );
}

function containersOf(spec: V1PodSpec | undefined) {
  return [...(spec?.initContainers ?? []), ...(spec?.containers ?? [])];
}
