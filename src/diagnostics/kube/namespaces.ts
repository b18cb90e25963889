import type { CoreV1Api } from '@kubernetes/client-node';
import { testRunSelector } from '../../kube/test-job/index.js';
import type { ReportFailure } from '../bundle/index.js';

/** The `namespaces` value that means every namespace but Kubernetes' own. */
export const ALL_NAMESPACES = 'all';
export const SYSTEM_NAMESPACES: readonly string[] = ['kube-system', 'kube-public', 'kube-node-lease'];

export interface NamespaceChoice {
  /** Names, and/or `all`; they add to the namespaces of this run, always collected. */
  namespaces?: readonly string[];
  /** The namespace run-tests used (INCEPTION_NAMESPACE). Always collected: it holds the failing test. */
  runNamespace?: string;
  /** The namespaces of this job's other test runs, from their records; always collected too. */
  testRunNamespaces?: readonly string[];
  /** This run's name as run-tests labels what it creates (io.inception.run): its namespaces are
   * collected too, and no other run's. */
  run?: string;
}

/**
 * Which namespaces to collect: this run's (run-tests' namespace, those its records name, those labelled
 * with this run's name), plus the ones named. `all` lists every namespace except kube-system,
 * kube-public and kube-node-lease (name one of those as well to get it). A listing that fails is
 * reported; the names known without it are still used.
 */
export async function resolveKubeNamespaces(
  core: CoreV1Api,
  choice: NamespaceChoice,
  fail: ReportFailure,
): Promise<string[]> {
  const requested = (choice.namespaces ?? []).map((name) => name.trim()).filter((name) => name !== '');
  const list = async (labelSelector: string | undefined, what: string): Promise<string[]> => {
    try {
      const found = await core.listNamespace(labelSelector ? { labelSelector } : {});
      return found.items.map((namespace) => namespace.metadata?.name ?? '').filter((name) => name !== '');
    } catch (error) {
      fail(`listing ${what}`, error);
      return [];
    }
  };
  const runs = [choice.runNamespace ?? '', ...(choice.testRunNamespaces ?? [])]
    .map((name) => name.trim())
    .filter((name) => name !== '');
  const run = choice.run?.trim();
  const selector = run ? testRunSelector(run) : undefined;
  const [labelled, all] = await Promise.all([
    selector ? list(selector, `namespaces labelled ${selector}`) : [],
    requested.includes(ALL_NAMESPACES) ? list(undefined, 'namespaces') : [],
  ]);
  const named = requested.filter((name) => name !== ALL_NAMESPACES);
  return unique([...all.filter((name) => !SYSTEM_NAMESPACES.includes(name)), ...named, ...runs, ...labelled]);
}

function unique(names: string[]): string[] {
  return [...new Set(names)];
}
