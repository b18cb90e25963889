import { ConfigurationError } from '../../errors.js';
import { loadKubeClients, type KubeClients } from '../../kube/client.js';
import type { CliContext } from '../context.js';
import { readClusterState, type ClusterState } from './cluster-state.js';

export function clientsOf(state: Pick<ClusterState, 'kubeconfig' | 'context'>): KubeClients {
  return loadKubeClients({ kubeconfig: state.kubeconfig, context: state.context });
}

/** What `up` deployed here, for the commands that work on it (refresh, restart, logs). */
export async function readDeployed(
  context: CliContext,
  verb: string,
): Promise<{ state: ClusterState; clients: KubeClients }> {
  const state = await readClusterState(context.config.file);
  if (!state) {
    throw new ConfigurationError(
      `nothing deployed here to ${verb}: \`inception up\` deploys inception.yml's cluster: section first.`,
    );
  }
  return { state, clients: clientsOf(state) };
}
