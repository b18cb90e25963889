import type { KubeContainerDiagnostics, KubeDiagnostics } from '../../model.js';
import { kubeFailureSentence } from '../failures/failures.js';
import { formatOwnerChain } from '../owners.js';
import { table } from '../../../shared/format/markdown.js';
import { notCollectedSection } from '../../bundle/index.js';

export const KUBE_DIR = 'kubernetes';

/** kubernetes/index.md: what failed first, every failure in time order, then every pod and Job with its files. */
export function renderKubeIndex(diagnostics: KubeDiagnostics): string {
  const link = (file: string) => `[${file.split('/').pop()}](${relative(file)})`;
  const scope = [
    diagnostics.namespaces.length > 0
      ? `namespace(s) ${diagnostics.namespaces.map((namespace) => `\`${namespace}\``).join(', ')}`
      : 'no namespace',
    ...(diagnostics.selectors.length > 0
      ? [`pods matching ${diagnostics.selectors.map((selector) => `\`${selector}\``).join(', ')}`]
      : []),
  ].join(' and ');
  const lines = [
    '# Kubernetes diagnostics',
    '',
    `Collected at ${diagnostics.collectedAt} from context \`${diagnostics.context}\` for ${scope}.`,
    '',
    diagnostics.firstFailure
      ? `First failure: ${kubeFailureSentence(diagnostics.firstFailure)}`
      : 'No pod or Job failed.',
    '',
  ];
  if (diagnostics.failures.length > 0) {
    lines.push(
      '## Failures, earliest first',
      '',
      table(
        ['At', 'Object', 'Failure', 'Owner chain'],
        diagnostics.failures.map((failed) => [
          failed.failure.at ?? 'unknown',
          `${failed.kind} ${failed.namespace}/${failed.name}`,
          failed.failure.description,
          formatOwnerChain(failed.owners),
        ]),
      ),
      '',
    );
  }
  lines.push('## Pods', '');
  if (diagnostics.pods.length === 0) lines.push('No pods found.', '');
  else {
    lines.push(
      table(
        ['Pod', 'Phase', 'Node', 'Containers', 'Owner chain', 'Files'],
        diagnostics.pods.map((pod) => [
          `${pod.namespace}/${pod.name}`,
          pod.failure ? `${pod.phase ?? '?'} (${pod.failure.kind})` : pod.phase,
          pod.node,
          pod.containers.map(containerCell).join('; '),
          formatOwnerChain(pod.owners),
          pod.files.map(link).join(' '),
        ]),
      ),
      '',
    );
  }
  if (diagnostics.jobs.length > 0) {
    lines.push(
      '## Jobs',
      '',
      table(
        ['Job', 'Pods', 'Failure', 'Owner chain', 'Describe'],
        diagnostics.jobs.map((job) => [
          `${job.namespace}/${job.name}`,
          job.status,
          job.failure?.description,
          formatOwnerChain(job.owners),
          job.file && link(job.file),
        ]),
      ),
      '',
    );
  }
  const shared = diagnostics.files.filter(
    (file) => !/\/(pods|jobs)\//.test(file) && !/\/index\.(md|json)$/.test(file),
  );
  if (shared.length > 0 || diagnostics.kindLogs) {
    const items = shared.map((file) => `[${relative(file)}](${relative(file)})`);
    if (diagnostics.kindLogs)
      items.push(
        `node logs from kind: [${relative(diagnostics.kindLogs)}/](${relative(diagnostics.kindLogs)})`,
      );
    lines.push(`Also: ${items.join(', ')}.`, '');
  }
  lines.push(...notCollectedSection(diagnostics.errors));
  return lines.join('\n');
}

function containerCell(container: KubeContainerDiagnostics): string {
  const restarts = container.restartCount > 0 ? `, ${container.restartCount} restart(s)` : '';
  const gone = container.noPreviousLog ? ' (log of the run before is gone)' : '';
  return `${container.init ? 'init ' : ''}${container.name}: ${container.state}${restarts}${gone}`;
}

function relative(file: string): string {
  return file.startsWith(`${KUBE_DIR}/`) ? file.slice(KUBE_DIR.length + 1) : file;
}
