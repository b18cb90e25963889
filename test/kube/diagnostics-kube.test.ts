// collectKubeDiagnostics against a real cluster: a service Deployment (init container + two containers), a
// test Job that fails with exit 3, a pod in CrashLoopBackOff, a pod whose image cannot be pulled, a Job a
// service pod "spawned", and a namespace that must not be collected except for a pod a selector names.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { V1Pod } from '@kubernetes/client-node';
import { collectKubeDiagnostics } from '../../src/diagnostics/kube/collector.js';
import type { KubeDiagnostics } from '../../src/diagnostics/model.js';
import { MemoryLogger } from '../support/memory-logger.js';
import {
  diagnosticsContainer as container,
  loadDiagnosticsImage,
  testJob,
  waitForJobFailure,
} from '../support/diagnostics-kube.js';
import { testCluster } from '../support/kube.js';

const cluster = testCluster();
const { core, apps, batch } = cluster.clients;
const id = randomBytes(3).toString('hex');
const namespace = `diag-${id}`;
const otherNamespace = `diag-${id}-other`;
const spawnedLabel = `diag-spawned-${id}`;

async function waitFor<T>(what: string, fn: () => Promise<T | undefined>, timeoutMs = 180_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await fn();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

async function pod(name: string, ns = namespace): Promise<V1Pod> {
  return core.readNamespacedPod({ name, namespace: ns });
}

async function podsOf(labelSelector: string): Promise<V1Pod[]> {
  return (await core.listNamespacedPod({ namespace, labelSelector })).items;
}

describe('collectKubeDiagnostics', { timeout: 10 * 60 * 1000 }, () => {
  let outDir: string;
  let result: KubeDiagnostics;
  const logger = new MemoryLogger();
  const kube = (file: string) => readFile(path.join(outDir, 'kubernetes', file), 'utf8');

  before(async () => {
    await loadDiagnosticsImage(cluster);
    for (const name of [namespace, otherNamespace]) {
      await core.createNamespace({ body: { metadata: { name } } });
    }
    await apps.createNamespacedDeployment({
      namespace,
      body: {
        metadata: { name: 'svc' },
        spec: {
          selector: { matchLabels: { app: 'svc' } },
          template: {
            metadata: { labels: { app: 'svc' } },
            spec: {
              initContainers: [container('setup', 'echo "setup: schema migrated"')],
              containers: [
                {
                  ...container('app', 'for i in 1 2 3; do echo "app line $i"; done; exec sleep 3600'),
                  env: [
                    { name: 'DB_PASSWORD', value: 'hunter2' },
                    { name: 'MODE', value: 'test' },
                  ],
                },
                container('sidecar', 'echo "sidecar ready"; exec sleep 3600'),
              ],
              terminationGracePeriodSeconds: 0,
            },
          },
        },
      },
    });
    await batch.createNamespacedJob({
      namespace,
      body: testJob('tests', 'echo "test 1 passed"; echo "test 2: expected 200, got 500" >&2; exit 3'),
    });
    await core.createNamespacedPod({
      namespace,
      body: {
        metadata: { name: 'crasher' },
        spec: {
          restartPolicy: 'Always',
          containers: [container('crasher', 'echo "crasher: config missing"; exit 1')],
          terminationGracePeriodSeconds: 0,
        },
      },
    });
    await core.createNamespacedPod({
      namespace,
      body: {
        metadata: { name: 'badimage' },
        spec: {
          containers: [
            { name: 'main', image: 'inception-diag-missing:nope', imagePullPolicy: 'IfNotPresent' },
          ],
          terminationGracePeriodSeconds: 0,
        },
      },
    });
    for (const [name, labels] of [
      ['ignored', {}],
      ['spawned-elsewhere', { [spawnedLabel]: 'true' }],
    ] as const) {
      await core.createNamespacedPod({
        namespace: otherNamespace,
        body: {
          metadata: { name, labels },
          spec: {
            containers: [container('main', `echo "${name} here"; exec sleep 3600`)],
            terminationGracePeriodSeconds: 0,
          },
        },
      });
    }

    const service = await waitFor('the svc pod running', async () => {
      const [found] = await podsOf('app=svc');
      return found?.status?.containerStatuses?.every((status) => status.ready) ? found : undefined;
    });
    // What a service does when it spawns work: a Job owned by its pod.
    await batch.createNamespacedJob({
      namespace,
      body: {
        metadata: {
          name: 'spawned',
          ownerReferences: [
            {
              apiVersion: 'v1',
              kind: 'Pod',
              name: service.metadata!.name!,
              uid: service.metadata!.uid!,
            },
          ],
        },
        spec: {
          template: {
            spec: { restartPolicy: 'Never', containers: [container('work', 'echo "spawned work done"')] },
          },
        },
      },
    });

    await waitForJobFailure(batch, namespace, 'tests');
    await waitFor('Job spawned to complete', async () => {
      const job = await batch.readNamespacedJob({ name: 'spawned', namespace });
      return job.status?.succeeded ? true : undefined;
    });
    await waitFor('badimage to fail pulling', async () => {
      const reason = (await pod('badimage')).status?.containerStatuses?.[0]?.state?.waiting?.reason;
      return reason === 'ImagePullBackOff' || reason === 'ErrImagePull' ? true : undefined;
    });
    await waitFor('pods of the other namespace running', async () => {
      const pods = (await core.listNamespacedPod({ namespace: otherNamespace })).items;
      return pods.length === 2 && pods.every((p) => p.status?.phase === 'Running') ? true : undefined;
    });

    // Last, right before collecting: between crashes kubelet shows the ended run as the current state
    // and has already removed the run before it; in back-off the ended run is the "previous" one.
    await waitFor('crasher in CrashLoopBackOff after a restart', async () => {
      const status = (await pod('crasher')).status?.containerStatuses?.[0];
      return status && status.restartCount >= 2 && status.state?.waiting?.reason === 'CrashLoopBackOff'
        ? true
        : undefined;
    });

    outDir = await mkdtemp(path.join(os.tmpdir(), 'diag-kube-'));
    result = await collectKubeDiagnostics({
      clients: cluster.clients,
      namespaces: [namespace],
      selectors: [`${spawnedLabel}=true`],
      outDir,
      logger,
      kindCluster: cluster.name,
      kindBinary: process.env.KIND,
    });
  });

  after(async () => {
    for (const name of [namespace, otherNamespace]) {
      await core.deleteNamespace({ name }).catch(() => undefined);
    }
    if (outDir) await rm(outDir, { recursive: true, force: true });
  });

  test('writes every container log: init, second container, previous run, failed Job pod', async () => {
    const [service] = await podsOf('app=svc');
    const [testPod] = await podsOf('job-name=tests');
    const svc = `namespaces/${namespace}/pods/${service!.metadata!.name}`;
    const tests = `namespaces/${namespace}/pods/${testPod!.metadata!.name}`;
    assert.match(await kube(`${svc}/setup.log`), /^\S+Z setup: schema migrated$/m);
    const app = await kube(`${svc}/app.log`);
    assert.match(app, /^\S+Z app line 1\n\S+Z app line 2\n\S+Z app line 3\n$/);
    assert.match(await kube(`${svc}/sidecar.log`), /sidecar ready/);
    // stdout and stderr reach the log through separate pipes, so their relative order is not kept.
    const testLog = await kube(`${tests}/tests.log`);
    assert.match(testLog, /^\S+Z test 1 passed$/m);
    assert.match(testLog, /^\S+Z test 2: expected 200, got 500$/m);
    assert.match(
      await kube(`namespaces/${namespace}/pods/crasher/crasher.previous.log`),
      /crasher: config missing/,
    );
    const badimage = result.pods.find((p) => p.name === 'badimage');
    assert.match(badimage?.containers[0]?.noLog ?? '', /never started \((ImagePullBackOff|ErrImagePull)\)/);
    assert.deepEqual(result.errors, [], logger.text());
  });

  test('describe files show exit code 3, the restart and the image error, with secrets hidden', async () => {
    const [testPod] = await podsOf('job-name=tests');
    const tests = await kube(`namespaces/${namespace}/pods/${testPod!.metadata!.name}/describe.txt`);
    assert.match(tests, /^Controlled By:\s+Job\/tests$/m);
    assert.match(tests, /State:\s+Terminated\n\s+Reason:\s+Error\n\s+Exit Code:\s+3\n/);
    const crasher = await kube(`namespaces/${namespace}/pods/crasher/describe.txt`);
    assert.match(crasher, /Last State:\s+Terminated\n\s+Reason:\s+Error\n\s+Exit Code:\s+1\n/);
    assert.match(crasher, /Restart Count:\s+[1-9]/);
    const badimage = await kube(`namespaces/${namespace}/pods/badimage/describe.txt`);
    assert.match(badimage, /State:\s+Waiting\n\s+Reason:\s+(ImagePullBackOff|ErrImagePull)\n/);
    assert.match(
      badimage,
      /Warning Failed Pod\/badimage \[spec\.containers\{main\}\].*inception-diag-missing:nope/,
    );
    const [service] = await podsOf('app=svc');
    const svc = await kube(`namespaces/${namespace}/pods/${service!.metadata!.name}/describe.txt`);
    assert.match(svc, /^Init Containers:\n {2}setup:\n/m);
    assert.match(svc, /Owner Chain:\s+Pod \S+ -> ReplicaSet svc-\w+ -> Deployment svc\n/);
    assert.match(svc, /DB_PASSWORD=\*\*\*/);
    assert.doesNotMatch(svc, /hunter2/);
    assert.match(svc, /MODE=test/);
    const job = await kube(`namespaces/${namespace}/jobs/tests.txt`);
    assert.match(job, /Pods Statuses:\s+0 Active \/ 0 Succeeded \/ 1 Failed/);
    assert.match(job, /Failed\s+True\s+BackoffLimitExceeded/);
    const deployment = await kube(`namespaces/${namespace}/deployments/svc.txt`);
    assert.match(deployment, /Replicas:\s+1 desired \| 1 updated \| 1 total \| 1 available/);
    assert.match(deployment, /ScalingReplicaSet/);
  });

  test('events are in time order', async () => {
    const lines = (await kube(`namespaces/${namespace}/events.txt`)).trimEnd().split('\n');
    assert.ok(lines.length > 10, lines.join('\n'));
    const times = lines.map((line) => line.split(' ')[0]!);
    assert.deepEqual(times, [...times].sort());
    assert.ok(lines.some((line) => /BackOff Pod\/crasher/.test(line)));
  });

  test('nodes file has every node with its Ready condition, allocatable and taints', async () => {
    const nodes = await kube('nodes.txt');
    for (const node of ['control-plane', 'worker', 'worker2']) {
      assert.match(nodes, new RegExp(`^Name:\\s+${cluster.name}-${node}$`, 'm'));
    }
    assert.equal((nodes.match(/^ {2}Ready\s+True\s+KubeletReady/gm) ?? []).length, 3);
    assert.match(nodes, /^Allocatable:\s+cpu=/m);
    assert.match(nodes, /node-role\.kubernetes\.io\/control-plane:NoSchedule/);
  });

  test('exports kind node logs', async () => {
    assert.equal(result.kindLogs, 'kubernetes/kind-logs');
    const entries = await readdir(path.join(outDir, 'kubernetes', 'kind-logs'));
    assert.ok(entries.includes(`${cluster.name}-worker`), entries.join(', '));
    assert.ok(
      (await stat(path.join(outDir, 'kubernetes/kind-logs', `${cluster.name}-worker`, 'kubelet.log'))).size >
        0,
    );
  });

  test('the index names the failed Job pod and orders failures by time', async () => {
    const [testPod] = await podsOf('job-name=tests');
    const testPodName = testPod!.metadata!.name!;
    const index = await kube('index.md');
    assert.match(index, /^First failure: Pod \S+ — /m);
    assert.match(
      index,
      new RegExp(
        `^\\| \\S+Z \\| Pod ${namespace}/${testPodName} \\| container tests exited with 3 \\| Pod ${testPodName} -> Job tests \\|$`,
        'm',
      ),
    );
    assert.match(index, new RegExp(`\\| Job ${namespace}/tests \\| Job failed: BackoffLimitExceeded`));
    const failed = result.failures.map((f) => `${f.kind} ${f.name} ${f.failure.kind}`);
    assert.ok(failed.includes(`Pod ${testPodName} exited`), failed.join('\n'));
    assert.ok(
      failed.includes('Pod crasher crash-loop') || failed.includes('Pod crasher exited'),
      failed.join('\n'),
    );
    assert.ok(failed.includes('Pod badimage image-pull'), failed.join('\n'));
    assert.ok(failed.includes('Job tests job-failed'), failed.join('\n'));
    const times = result.failures.map((f) => f.failure.at ?? '~');
    assert.deepEqual(times, [...times].sort());
    assert.ok(failed.indexOf(`Pod ${testPodName} exited`) < failed.indexOf('Job tests job-failed'));
    assert.equal(result.firstFailure, result.failures[0]);
    const json = JSON.parse(await kube('index.json')) as KubeDiagnostics;
    assert.equal(json.failures.length, result.failures.length);
  });

  test('records owner chains of spawned pods', () => {
    const spawned = result.pods.find((p) => p.owners[1]?.kind === 'Job' && p.owners[1].name === 'spawned');
    assert.ok(spawned, 'no pod of Job spawned');
    assert.deepEqual(
      spawned.owners.slice(1).map((link) => link.kind),
      ['Job', 'Pod', 'ReplicaSet', 'Deployment'],
    );
  });

  test('collects no other namespace, except the pods a selector names', async () => {
    const names = result.pods.map((p) => `${p.namespace}/${p.name}`);
    assert.ok(names.includes(`${otherNamespace}/spawned-elsewhere`), names.join(', '));
    assert.ok(!names.includes(`${otherNamespace}/ignored`), names.join(', '));
    assert.ok(result.pods.every((p) => p.namespace === namespace || p.name === 'spawned-elsewhere'));
    const other = await readdir(path.join(outDir, 'kubernetes/namespaces', otherNamespace, 'pods'));
    assert.deepEqual(other, ['spawned-elsewhere']);
    const namespaces = await readdir(path.join(outDir, 'kubernetes/namespaces'));
    assert.deepEqual(namespaces.sort(), [namespace, otherNamespace].sort());
    assert.doesNotMatch(await kube(`namespaces/${otherNamespace}/events.txt`), /ignored/);
  });
});
