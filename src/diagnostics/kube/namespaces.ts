import type { CoreV1Api } from '@kubernetes/client-node';
import { LABEL_MANAGED } from '../../shared/labels.js';
import { errorMessage } from '../../errors.js';
import type { Logger } from '../../log.js';

/** The `namespaces` value that means every namespace but Kubernetes' own. */
export const ALL_NAMESPACES = 'all';
export const SYSTEM_NAMESPACES: readonly string[] = ['kube-system', 'kube-public', 'kube-node-lease'];

export interface NamespaceChoice {
  /** Names, and/or `all`. Empty: the run's namespace plus every namespace labelled io.inception.managed=true. */
  namespaces?: readonly string[];
  /** The namespace run-tests used (INCEPTION_NAMESPACE), part of the default. */
  runNamespace?: string;
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
  if (requested.length > 0) {
    const named = requested.filter((name) => name !== ALL_NAMESPACES);
    const all = requested.includes(ALL_NAMESPACES)
      ? (await list(undefined, 'namespaces')).filter((name) => !SYSTEM_NAMESPACES.includes(name))
      : [];
    return unique([...all, ...named]);
  }
  const managed = await list(`${LABEL_MANAGED}=true`, `namespaces labelled ${LABEL_MANAGED}=true`);
  return unique([...(choice.runNamespace?.trim() ? [choice.runNamespace.trim()] : []), ...managed]);
}

function unique(names: string[]): string[] {
  return [...new Set(names)];
}
