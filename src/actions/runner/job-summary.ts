import * as core from '@actions/core';
import { errorMessage } from '../../errors.js';

/**
 * Appends markdown to the job summary. Outside a runner (or with summaries turned off) there is no
 * GITHUB_STEP_SUMMARY: that is no reason to fail a step whose work is done, so it says so in debug.
 */
export async function writeJobSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.debug('job summary skipped: GITHUB_STEP_SUMMARY is not set');
    return;
  }
  try {
    await core.summary.addRaw(markdown, true).write();
  } catch (error) {
    core.warning(`could not write the job summary: ${errorMessage(error)}`);
  } finally {
    core.summary.emptyBuffer();
  }
}
