import { errorMessage } from '../../errors.js';
import { loadKubeClients, type KubeClients } from '../../kube/client.js';
import type { Logger } from '../../log.js';
import type { KubeDiagnostics } from '../model.js';
import { collectKubeDiagnostics } from './collector.js';
import { resolveKubeNamespaces } from './namespaces.js';
import { linkKubeIndexFromRoot } from './markdown/root-index.js';
import { collectionClients, type CollectionTimeouts } from './limits.js';
import { BundleWriter } from '../bundle/index.js';
import { Redactor } from '../../shared/redaction/redactor.js';

/** What `collectAndUpload` needs to collect Kubernetes diagnostics; for collect-logs and setup-kind's post step. */
export interface KubeCollectRequest extends CollectionTimeouts {
  /** Default: $KUBECONFIG, else ~/.kube/config. */
  kubeconfig?: string;
  context?: string;
  /** Names and/or `all` (every namespace but kube-system, kube-public, kube-node-lease), added to this
   * run's namespaces (`runNamespace`, `testRunNamespaces`, those labelled with `run`). */
  namespaces?: readonly string[];
  /** run-tests' namespace (INCEPTION_NAMESPACE), always collected. */
  runNamespace?: string;
  /** Namespaces of this job's test runs (from their records), always collected. */
  testRunNamespaces?: readonly string[];
  /** This run's name (testRunName): the namespaces run-tests labelled with it are collected. */
  run?: string;
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
    // Bounded from here: listing the namespaces counts against the collection's time too.
    clients = collectionClients(
      loadKubeClients({ kubeconfig: request.kubeconfig, context: request.context }),
      request,
    );
  } catch (error) {
    logger.warn(`Could not collect Kubernetes diagnostics: ${errorMessage(error)}`);
    return undefined;
  }
  const failures: Array<[string, unknown]> = [];
  const namespaces = await resolveKubeNamespaces(clients.core, request, (what, error) =>
    failures.push([what, error]),
  );
  if (namespaces.length === 0 && !request.selectors?.length) {
    // Not a warning: with kubernetes: auto any job that has a kubeconfig comes here.
    logger.info(
      'No namespace to collect: no INCEPTION_NAMESPACE, no test run recorded and no namespace labelled with ' +
        `this run (${request.run ?? 'no run name'}). ` +
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
    timeoutMs: request.timeoutMs,
    failures,
    redactor,
  });
  try {
    await linkKubeIndexFromRoot(new BundleWriter(outDir, logger, redactor), diagnostics);
  } catch (error) {
    logger.warn(`diagnostics: index.md: ${errorMessage(error)}`);
  }
  return diagnostics;
}
