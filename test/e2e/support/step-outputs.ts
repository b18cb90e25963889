import assert from 'node:assert/strict';
import type { WorkflowRun } from './act.js';

/** A step output as act logs it (`::set-output:: name=value`), parsed as JSON; in `job` only, when given. */
export function loggedJsonOutput<T>(run: WorkflowRun, name: string, job?: string): T {
  const marker = `::set-output:: ${name}=`;
  const line = run.log
    .split('\n')
    .find((l) => l.includes(marker) && (job === undefined || l.startsWith(`[${job}] `)));
  assert.ok(line, `no ${name} output in the log\n${run.log.slice(-20_000)}`);
  return JSON.parse(line.slice(line.indexOf(marker) + marker.length)) as T;
}
