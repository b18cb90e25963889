// Integration tests of the offline kind cluster (test/kind/build.sh + cluster.ts): a real cluster, real
// images, real pods, no mocks. Under scripts/with-test-cluster.ts (as in `npm test`) they run on its
// cluster, which has the same shape, and the script checks that deleting it leaves nothing; run alone, the
// file makes a cluster of its own and its last test deletes it and checks the same.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  deleteAndFindRemains,
  run,
  sharedKindCluster,
  withKindCluster,
  type KindCluster,
} from '../support/kind-cluster.js';

const id = randomBytes(3).toString('hex');
const shared = await sharedKindCluster();
const clusterName = shared?.name ?? `inception-test-${id}`;
const fixtureImage = `inception-kind-fixture:${id}`; // never :latest, which would make kubelet pull
const namespace = `kind-test-${id}`;

// A small HTTP server on Debian, built here like any project image would be.
const fixtureDockerfile = `FROM debian:bookworm-slim
RUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends busybox \\
 && rm -rf /var/lib/apt/lists/*
RUN mkdir /www && echo hello-from-inception > /www/index.html
CMD ["busybox", "httpd", "-f", "-v", "-p", "8080", "-h", "/www"]
`;

async function docker(args: string[], input?: string): Promise<string> {
  return (await run('docker', args, { input, timeout: 600_000 })).stdout;
}

interface NodeItem {
  metadata: { name: string; labels: Record<string, string> };
  status: { conditions: { type: string; status: string }[] };
}

describe('kind cluster built offline', { timeout: 60 * 60 * 1000 }, () => {
  let cluster: KindCluster;

  before(async () => {
    cluster =
      shared ??
      (await withKindCluster({
        name: clusterName,
        workers: 2,
        workerLabels: { 'node.type': 'services' },
      }));
    await cluster.kubectl(['create', 'namespace', namespace]);
    // Every test's pods run this image. `kind load` (not our loader, which test/kube/ covers) checks that
    // the node image has what kind's own loader needs (crictl, containerd's k8s.io namespace).
    await docker(['build', '-q', '-t', fixtureImage, '-'], fixtureDockerfile);
    await run(cluster.tools.kind, ['load', 'docker-image', fixtureImage, '--name', clusterName], {
      timeout: 300_000,
    });
  });

  after(async () => {
    if (shared)
      await cluster.kubectl(['delete', 'namespace', namespace, '--wait=false']).catch(() => undefined);
    await cluster?.delete().catch(() => undefined);
    await docker(['rmi', '-f', fixtureImage]).catch(() => undefined);
  });

  test('has one control plane and two Ready workers labelled node.type=services', async () => {
    const nodes = JSON.parse(await cluster.kubectl(['get', 'nodes', '-o', 'json'])).items as NodeItem[];
    assert.equal(nodes.length, 3);
    const controlPlanes = nodes.filter((n) => 'node-role.kubernetes.io/control-plane' in n.metadata.labels);
    const workers = nodes.filter((n) => !('node-role.kubernetes.io/control-plane' in n.metadata.labels));
    assert.deepEqual(
      controlPlanes.map((n) => n.metadata.name),
      [`${clusterName}-control-plane`],
    );
    assert.equal(workers.length, 2);
    for (const worker of workers) assert.equal(worker.metadata.labels['node.type'], 'services');
    assert.equal(controlPlanes[0]!.metadata.labels['node.type'], undefined);
    for (const node of nodes) {
      const ready = node.status.conditions.find((c) => c.type === 'Ready');
      assert.equal(ready?.status, 'True', `${node.metadata.name} is not Ready`);
    }
    const version = JSON.parse(await cluster.kubectl(['version', '-o', 'json'])) as {
      serverVersion: { gitVersion: string };
    };
    assert.match(version.serverVersion.gitVersion, /^v1\.33\./);
  });

  test('runs an image loaded with kind load docker-image and resolves its Service through CoreDNS', async () => {
    const loaded = await run('docker', ['exec', `${clusterName}-worker`, 'crictl', 'images', '-o', 'json']);
    assert.match(loaded.stdout, new RegExp(`docker.io/library/${fixtureImage}`));

    await cluster.kubectl(['apply', '-n', namespace, '-f', '-'], {
      input: JSON.stringify({
        apiVersion: 'v1',
        kind: 'List',
        items: [
          {
            apiVersion: 'apps/v1',
            kind: 'Deployment',
            metadata: { name: 'web' },
            spec: {
              replicas: 2,
              selector: { matchLabels: { app: 'web' } },
              template: {
                metadata: { labels: { app: 'web' } },
                spec: {
                  nodeSelector: { 'node.type': 'services' },
                  containers: [
                    {
                      name: 'web',
                      image: fixtureImage,
                      imagePullPolicy: 'IfNotPresent',
                      ports: [{ containerPort: 8080 }],
                      readinessProbe: { httpGet: { path: '/', port: 8080 }, periodSeconds: 2 },
                    },
                  ],
                },
              },
            },
          },
          {
            apiVersion: 'v1',
            kind: 'Service',
            metadata: { name: 'web' },
            spec: { selector: { app: 'web' }, ports: [{ port: 80, targetPort: 8080 }] },
          },
        ],
      }),
    });
    await cluster.kubectl(['rollout', 'status', '-n', namespace, 'deployment/web', '--timeout=180s'], {
      timeoutMs: 200_000,
    });

    // From another pod: the Service name through CoreDNS, then an HTTP answer through kube-proxy.
    await cluster.kubectl(['apply', '-n', namespace, '-f', '-'], {
      input: JSON.stringify(
        job('dns-client', [
          'sh',
          '-c',
          `getent hosts web.${namespace}.svc.cluster.local && busybox wget -q -O - http://web/`,
        ]),
      ),
    });
    await waitForJob('dns-client', 'Complete');
    const logs = await cluster.kubectl(['logs', '-n', namespace, 'job/dns-client']);
    const serviceIP = (
      await cluster.kubectl(['get', 'service', 'web', '-n', namespace, '-o', 'jsonpath={.spec.clusterIP}'])
    ).trim();
    assert.match(
      logs,
      new RegExp(`^${serviceIP.replaceAll('.', '\\.')}\\s+web\\.${namespace}\\.svc\\.cluster\\.local`, 'm'),
    );
    assert.match(logs, /hello-from-inception/);
  });

  test('reports a Job that completes and one that fails', async () => {
    await cluster.kubectl(['apply', '-n', namespace, '-f', '-'], {
      input: JSON.stringify({
        apiVersion: 'v1',
        kind: 'List',
        items: [
          job('succeeds', ['sh', '-c', 'echo all good']),
          job('fails', ['sh', '-c', 'echo broken >&2; exit 3']),
        ],
      }),
    });
    await waitForJob('succeeds', 'Complete');
    await waitForJob('fails', 'Failed');

    const succeeded = await jobStatus('succeeds');
    assert.equal(succeeded.succeeded, 1);
    const failed = await jobStatus('fails');
    assert.equal(failed.failed, 1);
    const condition = failed.conditions?.find((c) => c.type === 'Failed');
    assert.equal(condition?.status, 'True');
    assert.equal(condition?.reason, 'BackoffLimitExceeded');
    const pod = JSON.parse(
      await cluster.kubectl(['get', 'pods', '-n', namespace, '-l', 'job-name=fails', '-o', 'json']),
    ).items[0] as { status: { containerStatuses: { state: { terminated?: { exitCode: number } } }[] } };
    assert.equal(pod.status.containerStatuses[0]!.state.terminated?.exitCode, 3);
    assert.match(await cluster.kubectl(['logs', '-n', namespace, 'job/fails']), /broken/);
  });

  test('binds a PersistentVolumeClaim of the default StorageClass', async () => {
    const classes = JSON.parse(await cluster.kubectl(['get', 'storageclass', '-o', 'json'])).items as {
      metadata: { name: string; annotations?: Record<string, string> };
    }[];
    const defaults = classes.filter(
      (c) => c.metadata.annotations?.['storageclass.kubernetes.io/is-default-class'] === 'true',
    );
    assert.deepEqual(
      defaults.map((c) => c.metadata.name),
      ['standard'],
    );
    const writer = job('volume-writer', ['sh', '-c', 'echo kept > /data/file && cat /data/file']) as {
      spec: { template: { spec: Record<string, unknown> & { containers: Record<string, unknown>[] } } };
    };
    writer.spec.template.spec.volumes = [{ name: 'data', persistentVolumeClaim: { claimName: 'data' } }];
    writer.spec.template.spec.containers[0]!.volumeMounts = [{ name: 'data', mountPath: '/data' }];
    await cluster.kubectl(['apply', '-n', namespace, '-f', '-'], {
      input: JSON.stringify({
        apiVersion: 'v1',
        kind: 'List',
        items: [
          {
            apiVersion: 'v1',
            kind: 'PersistentVolumeClaim',
            metadata: { name: 'data' },
            spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Mi' } } },
          },
          writer,
        ],
      }),
    });
    await waitForJob('volume-writer', 'Complete');
    assert.match(await cluster.kubectl(['logs', '-n', namespace, 'job/volume-writer']), /^kept$/m);
    const phase = await cluster.kubectl([
      'get',
      'pvc',
      'data',
      '-n',
      namespace,
      '-o',
      'jsonpath={.status.phase}',
    ]);
    assert.equal(phase, 'Bound');
  });

  test('rejects on every node the traffic to a Service IP that kube-proxy has not translated', async () => {
    // Otherwise such a packet leaves through the Docker gateway towards whatever holds 10.96.0.0/16 outside.
    const nodes = (
      await run('docker', [
        'ps',
        '--filter',
        `label=io.x-k8s.kind.cluster=${clusterName}`,
        '--format',
        '{{.Names}}',
      ])
    ).stdout
      .split('\n')
      .filter(Boolean);
    assert.equal(nodes.length, 3);
    for (const node of nodes) {
      const rules = (
        await run('docker', [
          'exec',
          node,
          'sh',
          '-c',
          'iptables-nft-save 2>/dev/null; iptables-legacy-save 2>/dev/null',
        ])
      ).stdout;
      assert.match(rules, /-A FORWARD -d 10\.96\.0\.0\/16 .*-j REJECT/, `guard rule on ${node}`);
    }
  });

  test('kind export logs writes every node’s logs', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kind-logs-'));
    try {
      await cluster.exportLogs(dir);
      const entries = await readdir(dir);
      for (const node of [
        `${clusterName}-control-plane`,
        `${clusterName}-worker`,
        `${clusterName}-worker2`,
      ]) {
        assert.ok(entries.includes(node), `no logs for ${node} in ${entries.join(', ')}`);
        for (const file of ['kubelet.log', 'containerd.log', 'journal.log']) {
          assert.ok((await stat(join(dir, node, file))).size > 0, `${node}/${file} is empty`);
        }
        assert.match(await readFile(join(dir, node, 'kubernetes-version.txt'), 'utf8'), /^v1\.33\./);
      }
      assert.match(
        await readFile(join(dir, `${clusterName}-control-plane`, 'images.log'), 'utf8'),
        /kube-apiserver/,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  const deletion = shared
    ? { skip: 'the shared cluster: scripts/with-test-cluster.ts checks its deletion' }
    : {};
  test('deleting the cluster leaves no container, volume or network behind', deletion, async () => {
    const { before, remains } = await deleteAndFindRemains(cluster);
    assert.equal(before.nodes.length, 3);
    assert.equal(before.volumes.length, 3, 'each node has its /var volume');
    // kind puts every cluster on one shared `kind` network and never removes it (other clusters may use it).
    assert.deepEqual(before.networks, ['kind']);
    assert.deepEqual(remains, { nodes: [], volumes: [], networks: [] });
    assert.equal((await run(cluster.tools.kind, ['get', 'clusters'])).stdout.includes(clusterName), false);
  });

  function job(name: string, command: string[]): object {
    return {
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: { name },
      spec: {
        backoffLimit: 0,
        activeDeadlineSeconds: 150, // Debian's busybox wget crashes with -T, so the Job bounds the wait
        template: {
          spec: {
            restartPolicy: 'Never',
            containers: [{ name, image: fixtureImage, imagePullPolicy: 'IfNotPresent', command }],
          },
        },
      },
    };
  }

  async function waitForJob(name: string, condition: 'Complete' | 'Failed'): Promise<void> {
    await cluster.kubectl(
      ['wait', '-n', namespace, `--for=condition=${condition}`, `job/${name}`, '--timeout=180s'],
      {
        timeoutMs: 200_000,
      },
    );
  }

  async function jobStatus(name: string): Promise<{
    succeeded?: number;
    failed?: number;
    conditions?: { type: string; status: string; reason?: string }[];
  }> {
    return JSON.parse(await cluster.kubectl(['get', 'job', name, '-n', namespace, '-o', 'json'])).status;
  }
});
