import { errorMessage } from '../../errors.js';
import { loadKubeClients, type KubeClients } from '../../kube/client.js';
import type { Logger } from '../../log.js';
import type { KubeDiagnostics } from '../model.js';
import { collectKubeDiagnostics } from './collector.js';
import { resolveKubeNamespaces } from './namespaces.js';
import { linkKubeIndexFromRoot } from './markdown/root-index.js';
import { BundleWriter } from '../bundle/index.js';
import { Redactor } from '../../shared/redactor.js';

/** What `collectAndUpload` needs to collect Kubernetes diagnostics; for collect-logs and setup-kind's post step. */
export interface KubeCollectRequest {
  /** Default: $KUBECONFIG, else ~/.kube/config. */
  kubeconfig?: string;
  context?: string;
  /** Names and/or `all` (every namespace but kube-system, kube-public, kube-node-lease). Default: `runNamespace`
   * plus every namespace labelled io.inception.managed=true. */
  namespaces?: readonly string[];
  /** run-tests' namespace (INCEPTION_NAMESPACE), always collected. */
  runNamespace?: string;
  /** Namespaces of this job's test runs (from their records), always collected. */
  testRunNamespaces?: readonly string[];
  /** Label selectors; matching pods are collected from any namespace. */
  selectors?: readonly string[];
  /** kind cluster whose node logs to export (`kind export logs`). */
  kindCluster?: string;
  kindBinary?: string;
}

/** Loads clients, picks the namespaces, collects and links kubernetes/index.md from index.md. Never throws. */
export async function collectKubernetes(
  request: KubeCollectRequest,
  outDir: string,
  logger: Logger,
  redactor: Redactor = new Redactor(),
): Promise<KubeDiagnostics | undefined> {
  let clients: KubeClients;
  try {
    clients = loadKubeClients({ kubeconfig: request.kubeconfig, context: request.context });
  } catch (error) {
    logger.warn(`Could not collect Kubernetes diagnostics: ${errorMessage(error)}`);
    return undefined;
  }
  const namespaces = await resolveKubeNamespaces(clients.core, request, logger);
  if (namespaces.length === 0 && !request.selectors?.length) {
    // Not a warning: with kubernetes: auto any job that has a kubeconfig comes here.
    logger.info(
      'No namespace to collect: no INCEPTION_NAMESPACE and no namespace labelled io.inception.managed=true. ' +
        'Set the namespaces input (or `all`); only nodes are collected.',
    );
  }
  const diagnostics = await collectKubeDiagnostics({
    clients,
    namespaces,
    selectors: request.selectors,
    outDir,
    logger,
    kindCluster: request.kindCluster,
    kindBinary: request.kindBinary,
    redactor,
  });
  try {
    await linkKubeIndexFromRoot(new BundleWriter(outDir, logger, redactor), diagnostics);
  } catch (error) {
    logger.warn(`diagnostics: index.md: ${errorMessage(error)}`);
  }
  return diagnostics;
}
