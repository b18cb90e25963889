import { failureSentence } from './docker/index.js';
import type { ContainerDiagnostics, DockerDiagnostics, KubeDiagnostics } from './model.js';
import { renderKubeSummary } from './kube/index.js';
import { codeBlock, table } from '../shared/format/markdown.js';
import { lastLinesDetails } from './bundle/index.js';

export interface SummaryInput {
  /** "What failed first" lines, shown first. */
  failedFirst?: readonly string[];
  /** The `## Timeline` section (a Mermaid chart), shown after them. */
  timeline?: readonly string[];
  docker?: DockerDiagnostics;
  kubernetes?: KubeDiagnostics;
  artifactName: string;
  /** Set when the upload succeeded. */
  artifactId?: number;
  /** Where the bundle folder is on the machine that collected it. */
  path: string;
}

/** Job-summary markdown: the failed containers and pods with their last lines folded, and where the bundle went. */
export function renderDiagnosticsSummary(input: SummaryInput): string {
  const docker = input.docker;
  const scope = docker?.environment ? ` of environment \`${docker.environment}\`` : '';
  const lines = [`### Diagnostics${scope}`, '', ...(input.failedFirst ?? []).map(demoteHeading)];
  lines.push(...(input.timeline ?? []).map(demoteHeading));
  if (docker) {
    const failed = docker.containers.filter((container) => container.state.failure);
    if (docker.containers.length === 0) {
      lines.push('No containers found.', '');
    } else if (failed.length === 0) {
      lines.push(`All ${docker.containers.length} container(s) are running or exited cleanly.`, '');
    } else {
      if (docker.firstFailure) lines.push(`First failure: ${failureSentence(docker.firstFailure)}`, '');
      lines.push(
        table(
          ['Container', 'Service', 'State', 'Exit code'],
          failed.map((container) => [
            container.name,
            container.service,
            container.state.health === 'unhealthy'
              ? `${container.state.status}, unhealthy`
              : container.state.status,
            container.state.exitCode,
          ]),
        ),
        '',
      );
      for (const container of failed) lines.push(...containerDetails(container), '');
    }
    if (docker.errors.length > 0) {
      lines.push(
        `${docker.errors.length} item(s) could not be collected; index.md in the bundle lists them.`,
        '',
      );
    }
  }
  if (input.kubernetes) lines.push(...renderKubeSummary(input.kubernetes));
  lines.push(
    input.artifactId !== undefined
      ? `Full diagnostics: artifact \`${input.artifactName}\` (id ${input.artifactId}).`
      : `Full diagnostics were not uploaded (artifact name \`${input.artifactName}\`); they are in \`${input.path}\`.`,
    '',
  );
  return lines.join('\n');
}

/** The index's `## ` headings sit under the summary's `### ` title. */
function demoteHeading(line: string): string {
  return line.startsWith('## ') ? `#### ${line.slice(3)}` : line;
}

function containerDetails(container: ContainerDiagnostics): string[] {
  const check = container.state.lastHealthCheck;
  const healthCheck =
    container.state.health === 'unhealthy' && check
      ? [
          `Last health check exited with ${check.exitCode}:`,
          '',
          codeBlock(check.output.trimEnd().split('\n')),
          '',
        ]
      : [];
  return lastLinesDetails(container.name, container.lastLines, healthCheck);
}
