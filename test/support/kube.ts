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
