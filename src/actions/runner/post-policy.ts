import * as core from '@actions/core';
import { errorMessage } from '../../errors.js';
import { formatDuration } from '../../shared/format/format-duration.js';
import type { CollectPolicy } from './inputs.js';
import { jobFailed } from './job-failure.js';

export interface TeardownPlan {
  /** What the post step removes, as the log names it: "environment x", "kind cluster y". */
  subject: string;
  /** How the log names the removal: `Remove` (default), `Delete`. */
  verb?: 'Remove' | 'Delete';
  collect: CollectPolicy;
  keep: boolean;
  collectDiagnostics: () => Promise<void>;
  tearDown: () => Promise<void>;
}

/** A test step that was stopped mid-run (its record still says running) never marked the job failed. */
async function jobOrTestsFailed(): Promise<boolean> {
  if (jobFailed()) return true;
  // Only post steps read records: every action loads this module, few need the report code.
  const { readTestRunRecords, testRunFailed } = await import('../../report/index.js');
  return (await readTestRunRecords()).some(testRunFailed);
}

/**
 * The post step of an action that created something: diagnostics first when the policy asks (the
 * thing must still exist to be looked at), then removal unless `keep`. Neither can fail the job.
 */
export async function collectThenTearDown(plan: TeardownPlan): Promise<void> {
  if (plan.collect === 'always' || (plan.collect === 'on-failure' && (await jobOrTestsFailed()))) {
    try {
      await plan.collectDiagnostics();
    } catch (error) {
      core.warning(`could not collect diagnostics of ${plan.subject}: ${errorMessage(error)}`);
    }
  }
  if (plan.keep) {
    core.info(`keep: true, ${plan.subject} is left running`);
    return;
  }
  const verb = plan.verb ?? 'Remove';
  await core.group(`${verb} ${plan.subject}`, async () => {
    const started = Date.now();
    try {
      await plan.tearDown();
      core.info(`${verb.toLowerCase()}d ${plan.subject} in ${formatDuration(Date.now() - started)}`);
    } catch (error) {
      core.warning(`could not ${verb.toLowerCase()} ${plan.subject}: ${errorMessage(error)}`);
    }
  });
}
