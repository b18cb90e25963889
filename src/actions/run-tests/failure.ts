import type { JUnitSummary } from '../../report/index.js';
import { failureName } from '../../report/index.js';

/** Failing test names listed in the failure message; the job summary lists them all. */
const NAMED_FAILURES = 10;

/** The step's failure message: the outcome, then the names of the failing tests. */
export function failureMessage(result: { message: string; summary?: JUnitSummary }): string {
  const failures = result.summary?.failures ?? [];
  if (failures.length === 0) return result.message;
  const names = failures.slice(0, NAMED_FAILURES).map(failureName);
  const more = failures.length > names.length ? ` and ${failures.length - names.length} more` : '';
  return `${result.message}. Failing tests: ${names.join(', ')}${more}`;
}
