import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { loadKubeClients, type KubeClients } from '../../src/kube/client.js';

/** The shared test cluster `npm run test:kube` creates (scripts/with-test-cluster.ts). */
export interface TestCluster {
  kubeconfig: string;
  /** kind cluster name, for node-level operations (image load, node logs). */
  name: string;
  clients: KubeClients;
}

export function testCluster(): TestCluster {
  const kubeconfig = process.env.INCEPTION_TEST_KUBECONFIG;
  const name = process.env.INCEPTION_TEST_CLUSTER;
  if (!kubeconfig || !name) {
    throw new Error(
      'INCEPTION_TEST_KUBECONFIG and INCEPTION_TEST_CLUSTER are not set: run the Kubernetes tests with ' +
        '`npm run test:kube`, which creates a kind cluster for them.',
    );
  }
  return { kubeconfig, name, clients: loadKubeClients({ kubeconfig }) };
}

/** Deletes the namespaces run-tests made for `run` (their io.inception.run label). */
export async function deleteRunNamespaces(cluster: TestCluster, run: string): Promise<void> {
  const { core } = cluster.clients;
  const ours = await core.listNamespace({ labelSelector: `io.inception.run=${run}` });
  for (const namespace of ours.items) {
    await core.deleteNamespace({ name: namespace.metadata?.name ?? '' }).catch(() => undefined);
  }
}

/** Removes a test image from every node of the kind cluster and from the engine. */
export async function removeKindImage(cluster: TestCluster, image: string): Promise<void> {
  const run = promisify(execFile);
  const kind = process.env.KIND || 'kind';
  const { stdout } = await run(kind, ['get', 'nodes', '--name', cluster.name]).catch(() => ({ stdout: '' }));
  for (const node of stdout.split('\n').filter(Boolean)) {
    await run('docker', ['exec', node, 'crictl', 'rmi', image]).catch(() => undefined);
  }
  await run('docker', ['rmi', '-f', image]).catch(() => undefined);
}
