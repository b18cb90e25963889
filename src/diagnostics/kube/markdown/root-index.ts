import type { BundleWriter } from '../../bundle/index.js';
import type { KubeDiagnostics } from '../../model.js';
import { kubeFailureSentence } from '../failures/failures.js';
import { KUBE_DIR } from './index-markdown.js';

const SECTION = '## Kubernetes';

/**
 * Points the bundle's index.md (the Docker one, or a new one when only Kubernetes was collected) at
 * kubernetes/index.md with the first Kubernetes failure, replacing the section a former run left.
 */
export async function linkKubeIndexFromRoot(
  bundle: BundleWriter,
  diagnostics: KubeDiagnostics,
): Promise<void> {
  // Without a Docker index this section is the whole index.
  await bundle.rewrite('index.md', (current = '# Diagnostics\n') => linked(current, diagnostics));
}

function linked(current: string, diagnostics: KubeDiagnostics): string {
  const at = current.indexOf(`\n${SECTION}\n`);
  const head = (at >= 0 ? current.slice(0, at) : current).trimEnd();
  const section = [
    SECTION,
    '',
    diagnostics.firstFailure
      ? `First failure: ${kubeFailureSentence(diagnostics.firstFailure)}`
      : 'No pod or Job failed.',
    '',
    `${diagnostics.pods.length} pod(s), ${diagnostics.jobs.length} Job(s): see [${KUBE_DIR}/index.md](${KUBE_DIR}/index.md).`,
    '',
  ];
  return `${head}\n\n${section.join('\n')}`;
}
