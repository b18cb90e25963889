import { failureSentence } from './container-state.js';
import type { DockerDiagnostics } from '../model.js';
import { table } from '../../shared/format/markdown.js';
import { notCollectedSection } from '../bundle/index.js';

/** index.md at the bundle root: what failed first, then every container with links to its files. */
export function renderIndexMarkdown(diagnostics: DockerDiagnostics): string {
  const scope = diagnostics.environment
    ? `environment \`${diagnostics.environment}\``
    : 'every container labelled io.inception.managed=true';
  const lines = [`# Docker diagnostics`, '', `Collected at ${diagnostics.collectedAt} for ${scope}.`, ''];
  lines.push(
    diagnostics.firstFailure
      ? `First failure: ${failureSentence(diagnostics.firstFailure)}`
      : 'No service container failed.',
    '',
  );
  if (diagnostics.containers.length === 0) {
    lines.push('No containers found.', '');
  } else {
    lines.push(
      table(
        ['Container', 'Service', 'Status', 'Exit code', 'Health', 'Finished at', 'Files'],
        diagnostics.containers.map((container) => [
          container.name,
          container.service,
          container.state.failure
            ? `${container.state.status} (${container.state.failure.description})`
            : container.state.status,
          container.state.exitCode,
          container.state.health,
          container.state.finishedAt,
          container.files.map((file) => `[${file.slice(container.dir.length + 1)}](${file})`).join(' '),
        ]),
      ),
      '',
    );
  }
  const shared = diagnostics.files.filter(
    (file) => !file.startsWith('containers/') && !file.startsWith('index.'),
  );
  if (shared.length > 0) lines.push(`Also: ${shared.map((file) => `[${file}](${file})`).join(', ')}.`, '');
  lines.push(...notCollectedSection(diagnostics.errors));
  return lines.join('\n');
}
