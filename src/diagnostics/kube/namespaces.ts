import type { CoreV1Api } from '@kubernetes/client-node';
import { LABEL_MANAGED } from '../../shared/labels.js';
import { errorMessage } from '../../errors.js';
import type { Logger } from '../../log.js';

/** The `namespaces` value that means every namespace but Kubernetes' own. */
export const ALL_NAMESPACES = 'all';
export const SYSTEM_NAMESPACES: readonly string[] = ['kube-system', 'kube-public', 'kube-node-lease'];

export interface NamespaceChoice {
  /** Names, and/or `all`. Empty: the runs' namespaces plus every namespace labelled io.inception.managed=true. */
  namespaces?: readonly string[];
  /** The namespace run-tests used (INCEPTION_NAMESPACE). Always collected: it holds the failing test. */
  runNamespace?: string;
  /** The namespaces of this job's other test runs, from their records; always collected too. */
  testRunNamespaces?: readonly string[];
}

/**
 * Which namespaces to collect. `all` lists every namespace except kube-system, kube-public and
 * kube-node-lease (name one of those as well to get it). A listing the credentials may not allow is a
 * warning; the names known without it are still used.
 */
export async function resolveKubeNamespaces(
  core: CoreV1Api,
  choice: NamespaceChoice,
  logger: Logger,
): Promise<string[]> {
  const requested = (choice.namespaces ?? []).map((name) => name.trim()).filter((name) => name !== '');
  const list = async (labelSelector: string | undefined, what: string): Promise<string[]> => {
    try {
      const found = await core.listNamespace(labelSelector ? { labelSelector } : {});
      return found.items.map((namespace) => namespace.metadata?.name ?? '').filter((name) => name !== '');
    } catch (error) {
      logger.warn(`diagnostics: could not list ${what}: ${errorMessage(error)}`);
      return [];
    }
  };
  // A user naming their services' namespaces still wants the failed test Job's own.
  const runs = [choice.runNamespace ?? '', ...(choice.testRunNamespaces ?? [])]
    .map((name) => name.trim())
    .filter((name) => name !== '');
  if (requested.length > 0) {
    const named = requested.filter((name) => name !== ALL_NAMESPACES);
    const all = requested.includes(ALL_NAMESPACES)
      ? (await list(undefined, 'namespaces')).filter((name) => !SYSTEM_NAMESPACES.includes(name))
      : [];
    return unique([...all, ...named, ...runs]);
  }
  const managed = await list(`${LABEL_MANAGED}=true`, `namespaces labelled ${LABEL_MANAGED}=true`);
  return unique([...runs, ...managed]);
}

function unique(names: string[]): string[] {
  return [...new Set(names)];
}
