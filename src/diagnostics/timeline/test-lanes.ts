import type { TestRunDiagnostics } from '../tests/index.js';
import { epochMs, type TimelineLane } from './model.js';

/** A lane per test step: from its start to its end (or `until` when it never ended). */
export function testLanes(runs: readonly TestRunDiagnostics[], until: number): TimelineLane[] {
  return runs.flatMap((run) => {
    const start = epochMs(run.startedAt);
    if (start === undefined) return [];
    const failed = run.result !== 'passed';
    const log = run.files.find((file) => file.endsWith('/log.txt'));
    return [
      {
        kind: 'test' as const,
        name: run.name,
        failed,
        bars: [
          {
            label: `tests ${run.result}`,
            start,
            end: Math.max(start, epochMs(run.finishedAt) ?? until),
            failed,
          },
        ],
        ...(log ? { log } : {}),
      },
    ];
  });
}
