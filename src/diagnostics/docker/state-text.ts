import type Docker from 'dockerode';
import type { ContainerState } from './container-state.js';

/** state.txt: the lines a person reads first about one container, health-check outputs included. */
export function renderStateText(inspect: Docker.ContainerInspectInfo, state: ContainerState): string {
  const health = inspect.State.Health;
  const rows: Array<[string, string | number | boolean | undefined]> = [
    ['name', inspect.Name.replace(/^\//, '')],
    ['id', inspect.Id],
    ['image', inspect.Config?.Image],
    ['status', state.status],
    ['exit code', state.exitCode],
    ['error', state.error],
    ['oom killed', state.oomKilled],
    ['started at', state.startedAt],
    ['finished at', state.finishedAt],
    ['restart count', state.restartCount],
    ['health', state.health && `${state.health} (failing streak ${health?.FailingStreak ?? 0})`],
    [
      'failure',
      state.failure && `${state.failure.description}${state.failure.at ? ` at ${state.failure.at}` : ''}`,
    ],
  ];
  const lines = rows.filter(([, value]) => value !== undefined).map(([key, value]) => `${key}: ${value}`);
  const checks = health?.Log ?? [];
  if (checks.length > 0) {
    lines.push('', 'health checks (oldest first; the engine keeps the last five):');
    for (const check of checks) {
      lines.push(`- ${check.Start} -> ${check.End} exit ${check.ExitCode}`);
      for (const output of check.Output.trimEnd().split('\n')) if (output !== '') lines.push(`    ${output}`);
    }
  }
  return lines.join('\n') + '\n';
}
