import type { KubeDiagnostics, KubePodDiagnostics } from '../../model.js';
import { kubeFailureSentence } from '../failures/failures.js';
import { table } from '../../../shared/format/markdown.js';
import { lastLinesDetails } from '../../bundle/index.js';

/** The Kubernetes part of the job summary: failures in time order, each failed pod's last lines folded. */
export function renderKubeSummary(kube: KubeDiagnostics): string[] {
  const scope = kube.namespaces.map((namespace) => `\`${namespace}\``).join(', ') || 'no namespace';
  const lines = [`#### Kubernetes (context \`${kube.context}\`, ${scope})`, ''];
  if (kube.failures.length === 0) {
    lines.push(`No pod or Job failed (${kube.pods.length} pod(s), ${kube.jobs.length} Job(s)).`, '');
  } else {
    if (kube.firstFailure) lines.push(`First failure: ${kubeFailureSentence(kube.firstFailure)}`, '');
    lines.push(
      table(
        ['Object', 'Failure', 'At'],
        kube.failures.map((failed) => [
          `${failed.kind} ${failed.namespace}/${failed.name}`,
          failed.failure.description,
          failed.failure.at,
        ]),
      ),
      '',
    );
    for (const pod of kube.pods) {
      const details = podDetails(pod);
      if (details) lines.push(...details, '');
    }
  }
  if (kube.errors.length > 0) {
    lines.push(
      `${kube.errors.length} Kubernetes item(s) could not be collected; kubernetes/index.md lists them.`,
      '',
    );
  }
  return lines;
}

/** The failing container's last lines; of its previous run when it failed before a restart. */
function podDetails(pod: KubePodDiagnostics): string[] | undefined {
  const failure = pod.failure;
  if (!failure) return undefined;
  const container =
    pod.containers.find((candidate) => candidate.name === failure.container) ??
    pod.containers.find((candidate) => candidate.lastLines.length > 0);
  if (!container || container.noLog) return undefined;
  const lastLines = failure.previous ? container.previousLastLines : container.lastLines;
  const run = failure.previous ? ' (previous run)' : '';
  return lastLinesDetails(`${pod.namespace}/${pod.name} ${container.name}${run}`, lastLines);
}
