import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { KubeDiagnostics } from '../../model.js';
import { kubeFailureSentence } from '../failures/failures.js';
import { KUBE_DIR } from './index-markdown.js';

const SECTION = '## Kubernetes';

/**
 * Points the bundle's index.md (the Docker one, or a new one when only Kubernetes was collected) at
 * kubernetes/index.md with the first Kubernetes failure, replacing the section a former run left.
 */
export async function linkKubeIndexFromRoot(outDir: string, diagnostics: KubeDiagnostics): Promise<void> {
  const file = path.join(outDir, 'index.md');
  let current = '# Diagnostics\n';
  try {
    current = await readFile(file, 'utf8');
  } catch {
    // No Docker index: this section is the whole index.
  }
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
  await writeFile(file, `${head}\n\n${section.join('\n')}`);
}
