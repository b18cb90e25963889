import * as core from '@actions/core';
import { connectDocker } from '../../docker/client.js';
import { errorMessage } from '../../errors.js';
import { LABEL_MANAGED, LABEL_RUN_ID } from '../../shared/identity/labels.js';
import { currentRun } from '../../shared/identity/run-identity.js';

/** Container mode's post step: the test container, when a killed main step left it. Only ours: a
 * container of that name made by another run, or by anyone else, stays. */
export async function runTestsContainerPost(name: string): Promise<void> {
  const docker = await connectDocker();
  const container = docker.getContainer(name);
  let labels: Record<string, string>;
  try {
    labels = (await container.inspect()).Config.Labels ?? {};
  } catch {
    return;
  }
  if (labels[LABEL_MANAGED] !== 'true' || labels[LABEL_RUN_ID] !== currentRun().runId) {
    core.info(`Container ${name} is not this run's test container; left as it is.`);
    return;
  }
  try {
    await container.remove({ force: true, v: true });
    core.info(`Removed test container ${name}, left by the main step`);
  } catch (error) {
    core.warning(`Could not remove test container ${name}: ${errorMessage(error)}`);
  }
}
