import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { KubeClients } from '../src/kube/client.js';
import { runCommand } from './run-command.js';

export const BENCH_IMAGE = 'inception-diag-test:v1';

/** Builds the pods' image FROM debian:bookworm-slim and loads it into the kind cluster (no registry here). */
export async function loadBenchImage(kindCluster: string, kind: string): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), 'diag-bench-image-'));
  try {
    await writeFile(
      path.join(dir, 'Dockerfile'),
      'FROM debian:bookworm-slim\nLABEL io.inception.test=diagnostics\n',
    );
    await runCommand('docker', ['build', '-q', '-t', BENCH_IMAGE, dir]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  await runCommand(kind, ['load', 'docker-image', BENCH_IMAGE, '--name', kindCluster]);
}

/** A namespace of `pods` pods, each logging `lines` lines and then sleeping; resolves once all have logged. */
export async function createLoggingPods(
  clients: KubeClients,
  namespace: string,
  pods: number,
  lines: number,
): Promise<void> {
  await clients.core.createNamespace({ body: { metadata: { name: namespace } } });
  for (let index = 1; index <= pods; index++) {
    await clients.core.createNamespacedPod({
      namespace,
      body: {
        metadata: { name: `logger-${index}`, labels: { app: 'logger' } },
        spec: {
          terminationGracePeriodSeconds: 0,
          containers: [
            {
              name: 'main',
              image: BENCH_IMAGE,
              imagePullPolicy: 'IfNotPresent',
              command: [
                'sh',
                '-c',
                `seq 1 ${lines} | sed 's/^/logger-${index} processed request number /'; echo logged; exec sleep 3600`,
              ],
            },
          ],
        },
      },
    });
  }
  const deadline = Date.now() + 300_000;
  while (Date.now() < deadline) {
    const listed = await clients.core.listNamespacedPod({ namespace });
    const running = listed.items.filter((pod) => pod.status?.containerStatuses?.[0]?.state?.running);
    if (running.length === pods) {
      // Running is not "done logging": wait until every log ends with the marker line.
      const logs = await Promise.all(
        running.map((pod) =>
          clients.core.readNamespacedPodLog({ name: pod.metadata!.name!, namespace, tailLines: 1 }),
        ),
      );
      if (logs.every((log) => log.trim() === 'logged')) return;
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`the ${pods} pods of ${namespace} did not all log within 5 minutes`);
}
