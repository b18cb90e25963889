// The pods of the Kubernetes diagnostics tests: one small image loaded into the test cluster, and the
// failing test Job both the collector test and the collect-logs action test collect.
import type { BatchV1Api, V1Job } from '@kubernetes/client-node';
import { run } from './kind-cluster.js';
import type { TestCluster } from './kube.js';

/** Fixed tag: rebuilding gives the same image, and kind does not load an image a node already has. */
export const DIAGNOSTICS_IMAGE = 'inception-diag-test:v1';

/** Builds the image FROM debian:bookworm-slim and loads it into the cluster's nodes (no registry). */
export async function loadDiagnosticsImage(cluster: TestCluster): Promise<void> {
  await run('docker', ['build', '-q', '-t', DIAGNOSTICS_IMAGE, '-'], {
    input: 'FROM debian:bookworm-slim\nLABEL io.inception.test=diagnostics\n',
    timeout: 300_000,
  });
  await run(process.env.KIND ?? 'kind', ['load', 'docker-image', DIAGNOSTICS_IMAGE, '--name', cluster.name], {
    timeout: 300_000,
  });
}

/** A container of the image running `script` with sh. */
export function diagnosticsContainer(name: string, script: string) {
  return { name, image: DIAGNOSTICS_IMAGE, imagePullPolicy: 'IfNotPresent', command: ['sh', '-c', script] };
}

/** A test run: a Job whose one container runs `script` once, no retries. */
export function testJob(name: string, script: string): V1Job {
  return {
    metadata: { name },
    spec: {
      backoffLimit: 0,
      template: { spec: { restartPolicy: 'Never', containers: [diagnosticsContainer(name, script)] } },
    },
  };
}

export async function waitForJobFailure(
  batch: BatchV1Api,
  namespace: string,
  name: string,
  timeoutMs = 180_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const job = await batch.readNamespacedJob({ name, namespace });
    if (job.status?.conditions?.some((c) => c.type === 'Failed' && c.status === 'True')) return;
    if (Date.now() > deadline)
      throw new Error(`Job ${namespace}/${name} did not fail within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}
