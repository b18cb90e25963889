import { rm } from 'node:fs/promises';
import { errorMessage } from '../../../errors.js';
import { describeCallFailure } from '../../../kube/call-limits.js';
import type { KubeClients } from '../../../kube/client.js';
import type { BundleWriter } from '../../bundle/index.js';
import { KubeletLogError, writePodLog } from './pod-log.js';
import type { PodLogTask } from './pod-plan.js';

/** Writes the log of one container run and keeps its last lines; a failure is reported, never thrown. */
export async function writePodLogTask(
  clients: KubeClients,
  bundle: BundleWriter,
  task: PodLogTask,
): Promise<void> {
  const { pod, container, previous, file } = task;
  try {
    const { lastLines } = await writePodLog(
      clients.config,
      { namespace: pod.namespace, pod: pod.name, container: container.name, previous },
      bundle,
      file,
      clients.limits,
    );
    if (previous) container.previousLastLines = lastLines;
    else container.lastLines = lastLines;
    container.files.push(file);
  } catch (thrown) {
    const error = describeCallFailure(thrown, clients.limits);
    // Kubelet keeps one ended container per container: while the latest crash is still the current
    // state, the run before it is gone, and the crash's output is in the current log.
    if (previous && error instanceof KubeletLogError) {
      container.noPreviousLog = error.message;
      await rm(`${bundle.outDir}/${file}`, { force: true });
      return;
    }
    const what = `${pod.namespace}/${pod.name} container ${container.name}${previous ? ' (previous run)' : ''} log`;
    pod.errors.push(bundle.redactor.redact(`${what}: ${errorMessage(error)}`));
    bundle.fail(what, error);
  }
}
