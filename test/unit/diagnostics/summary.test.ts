import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ContainerState } from '../../../src/diagnostics/docker/container-state.js';
import type { ContainerDiagnostics, DockerDiagnostics } from '../../../src/diagnostics/model.js';
import { renderDiagnosticsSummary } from '../../../src/diagnostics/summary.js';

function container(
  name: string,
  state: Partial<ContainerState>,
  lastLines: string[] = [],
): ContainerDiagnostics {
  return {
    name,
    id: name,
    service: name.split('-').at(-1),
    state: { status: 'running', oomKilled: false, restartCount: 0, ...state },
    lastLines,
    dir: `containers/${name}`,
    files: [],
    errors: [],
  };
}

function diagnostics(containers: ContainerDiagnostics[], errors: string[] = []): DockerDiagnostics {
  return {
    environment: 'it-1',
    outDir: '/tmp/d',
    collectedAt: '2024-05-01T10:00:00Z',
    containers,
    firstFailure: containers.find((c) => c.state.failure),
    timeline: [],
    files: [],
    errors,
  };
}

const api = container(
  'it-1-api',
  {
    status: 'exited',
    exitCode: 3,
    failure: { kind: 'exited', at: '2024-05-01T10:00:05Z', description: 'exited with 3' },
  },
  ['connecting', 'error: ``` | <b>refused</b>'],
);
const cache = container(
  'it-1-cache',
  {
    health: 'unhealthy',
    lastHealthCheck: { exitCode: 1, output: 'PONG missing\n' },
    failure: { kind: 'unhealthy', at: '2024-05-01T10:00:06Z', description: 'became unhealthy' },
  },
  [],
);
const db = container('it-1-db', { health: 'healthy' }, ['ready']);

describe('renderDiagnosticsSummary', () => {
  const failed = renderDiagnosticsSummary({
    docker: diagnostics([api, cache, db]),
    artifactName: 'diag-a',
    artifactId: 42,
    path: '/tmp/d',
  });

  test('names the first failure and tables only failed containers', () => {
    assert.match(failed, /First failure: it-1-api \(api\) — exited with 3 at 2024-05-01T10:00:05Z/);
    assert.match(failed, /\| it-1-api \| api \| exited \| 3 \|/);
    assert.match(failed, /\| it-1-cache \| cache \| running, unhealthy \| - \|/);
    assert.doesNotMatch(failed, /\| it-1-db/);
  });

  test('folds the last lines in details, fenced so log text cannot break out', () => {
    assert.match(
      failed,
      /<summary>it-1-api: last 2 log line\(s\)<\/summary>\n\n````text\nconnecting\nerror: ``` \| <b>refused<\/b>\n````/,
    );
    assert.match(failed, /<summary>it-1-cache: no log output<\/summary>/);
    assert.match(failed, /Last health check exited with 1:\n\n```text\nPONG missing\n```/);
  });

  test('the timeline chart follows what failed first, under the summary title', () => {
    const markdown = renderDiagnosticsSummary({
      failedFirst: ['## What failed first', '', '- test step failed', ''],
      timeline: ['## Timeline', '', '```mermaid', 'gantt', '  section api', '```', ''],
      artifactName: 'diag',
      path: '/tmp/d',
    });
    assert.match(
      markdown,
      /#### What failed first\n\n- test step failed\n\n#### Timeline\n\n```mermaid\ngantt\n {2}section api\n```/,
    );
  });

  test('names the artifact', () => {
    assert.match(failed, /artifact `diag-a` \(id 42\)/);
  });

  test('all healthy is one line plus the artifact', () => {
    const ok = renderDiagnosticsSummary({
      docker: diagnostics([db]),
      artifactName: 'diag-b',
      path: '/tmp/d',
    });
    assert.match(ok, /All 1 container\(s\) are running or exited cleanly\./);
    assert.doesNotMatch(ok, /<details>|\|/);
    assert.match(ok, /not uploaded \(artifact name `diag-b`\); they are in `\/tmp\/d`/);
  });

  test('mentions what could not be collected', () => {
    const text = renderDiagnosticsSummary({
      docker: diagnostics([db], ['events.txt: boom']),
      artifactName: 'n',
      path: '/p',
    });
    assert.match(text, /1 item\(s\) could not be collected/);
  });

  test('without Docker diagnostics only the artifact line', () => {
    const text = renderDiagnosticsSummary({ artifactName: 'n', artifactId: 1, path: '/p' });
    assert.equal(text, '### Diagnostics\n\nFull diagnostics: artifact `n` (id 1).\n');
  });
});
