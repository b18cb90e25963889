import { rm } from 'node:fs/promises';
import path from 'node:path';
import { errorMessage } from '../../../errors.js';
import { describeCallFailure } from '../../../kube/call-limits.js';
import type { KubeClients } from '../../../kube/client.js';
import type { ReportFailure } from '../../bundle/index.js';
import { KubeletLogError, writePodLog } from './pod-log.js';
import type { PodLogTask } from './pod-plan.js';

/** Writes the log of one container run and keeps its last lines; a failure is reported, never thrown. */
export async function writePodLogTask(
  clients: KubeClients,
  outDir: string,
  task: PodLogTask,
  fail: ReportFailure,
): Promise<void> {
  const { pod, container, previous, file } = task;
  try {
    const { lastLines } = await writePodLog(
      clients.config,
      { namespace: pod.namespace, pod: pod.name, container: container.name, previous },
      path.join(outDir, file),
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
      await rm(path.join(outDir, file), { force: true });
      return;
    }
    const what = `${pod.namespace}/${pod.name} container ${container.name}${previous ? ' (previous run)' : ''} log`;
    pod.errors.push(`${what}: ${errorMessage(error)}`);
    fail(what, error);
  }
}
