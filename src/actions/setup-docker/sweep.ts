import * as core from '@actions/core';
import type Docker from 'dockerode';
import { sweepLeftovers } from '../../docker/environment/index.js';
import { errorMessage } from '../../errors.js';
import { actionsLogger } from '../runner/index.js';

/** On a self-hosted runner a killed job leaves its environment behind: the next setup-docker removes what
 * runs no longer alive left (only ours, by label and owner), and never fails the step over it. */
export async function sweepKilledRuns(docker: Docker): Promise<void> {
  await core.group('Remove what killed runs left on this engine', async () => {
    try {
      const { removed, skipped } = await sweepLeftovers(docker, actionsLogger);
      for (const { environment, report } of removed) {
        core.info(
          `removed ${environment}: ${report.containers.length} container(s), ${report.networks.length} network(s), ` +
            `${report.volumes.length} volume(s)`,
        );
      }
      for (const { environment, reason } of skipped) core.info(`left ${environment}: ${reason}`);
      if (removed.length === 0) core.info('nothing left by killed runs');
    } catch (error) {
      core.warning(`could not look for what killed runs left: ${errorMessage(error)}`);
    }
  });
}
