import * as core from '@actions/core';
import { errorMessage } from '../../errors.js';
import { stepSecrets } from './secrets.js';

/**
 * Appends markdown to the job summary, with this step's secrets redacted (every summary goes through
 * here, and a summary is not a log the runner masks). Outside a runner (or with summaries turned off) there is no
 * GITHUB_STEP_SUMMARY: that is no reason to fail a step whose work is done, so it says so in debug.
 */
export async function writeJobSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.debug('job summary skipped: GITHUB_STEP_SUMMARY is not set');
    return;
  }
  try {
    await core.summary.addRaw(stepSecrets.redact(markdown), true).write();
  } catch (error) {
    core.warning(`could not write the job summary: ${errorMessage(error)}`);
  } finally {
    core.summary.emptyBuffer();
  }
}
