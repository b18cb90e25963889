// Secrets planted in a Kubernetes Secret (taken by a Job through secretKeyRef and by a pod through envFrom),
// in a Job env value, and in a credential URL; both print them and fail. Every byte of the collected bundle
// and of the job summary is scanned for them.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { collectAndUpload } from '../../src/diagnostics/collect-and-upload.js';
import { Redactor } from '../../src/shared/redaction/redactor.js';
import {
  diagnosticsContainer,
  loadDiagnosticsImage,
  testJob,
  waitForJobFailure,
} from '../support/diagnostics-kube.js';
import { testCluster } from '../support/kube.js';
import { MemoryLogger } from '../support/memory-logger.js';
import { plantSecret, SecretScan } from '../support/secret-scan.js';

const cluster = testCluster();
const { core, batch } = cluster.clients;

describe('secret scan: Kubernetes diagnostics', { timeout: 5 * 60 * 1000 }, () => {
  const secrets = {
    secretKeyRef: plantSecret('skr'),
    envFrom: plantSecret('envfrom'),
    jobEnv: plantSecret('jobenv'),
    urlPassword: plantSecret('urlpw'),
  };
  const namespace = `secret-scan-${secrets.jobEnv.slice(-6)}`;
  let outDir: string | undefined;
  after(async () => {
    await core.deleteNamespace({ name: namespace }).catch(() => undefined);
    if (outDir) await rm(outDir, { recursive: true, force: true });
  });

  test('no value of a referenced Secret, a Job env or a credential URL in the bundle or summary', async () => {
    await loadDiagnosticsImage(cluster);
    await core.createNamespace({ body: { metadata: { name: namespace } } });
    await core.createNamespacedSecret({
      namespace,
      body: {
        metadata: { name: 'app' },
        stringData: { 'db-part': secrets.secretKeyRef, API_KEY: secrets.envFrom },
      },
    });
    const job = testJob('tests', 'echo "tests: $DB_PART $SERVICE_TOKEN $BROKER_URL $API_KEY"; exit 3');
    job.spec!.template.spec!.containers[0]!.env = [
      // A name that does not look secret: only the Secret it comes from says so.
      { name: 'DB_PART', valueFrom: { secretKeyRef: { name: 'app', key: 'db-part' } } },
      { name: 'SERVICE_TOKEN', value: secrets.jobEnv },
      { name: 'BROKER_URL', value: `amqp://app:${secrets.urlPassword}@broker:5672/` },
    ];
    job.spec!.template.spec!.containers[0]!.envFrom = [{ secretRef: { name: 'app' } }];
    await batch.createNamespacedJob({ namespace, body: job });
    await core.createNamespacedPod({
      namespace,
      body: {
        metadata: { name: 'service' },
        spec: {
          restartPolicy: 'Never',
          containers: [
            {
              ...diagnosticsContainer('service', 'echo "service: key is $API_KEY"; exit 1'),
              envFrom: [{ secretRef: { name: 'app' } }],
            },
          ],
        },
      },
    });
    await waitForJobFailure(batch, namespace, 'tests');
    for (;;) {
      const phase = (await core.readNamespacedPod({ namespace, name: 'service' })).status?.phase;
      if (phase === 'Failed') break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    // The values are in what is collected: the Job's log prints them all.
    const jobPods = await core.listNamespacedPod({ namespace, labelSelector: 'job-name=tests' });
    const jobLog = await core.readNamespacedPodLog({ namespace, name: jobPods.items[0]!.metadata!.name! });
    for (const [name, value] of Object.entries(secrets)) assert.ok(jobLog.includes(value), name);

    outDir = await mkdtemp(path.join(os.tmpdir(), 'secret-scan-kube-'));
    let summary = '';
    const result = await collectAndUpload({
      logger: new MemoryLogger(),
      collectDocker: false,
      kubernetes: { kubeconfig: cluster.kubeconfig, namespaces: [namespace] },
      path: outDir,
      upload: false,
      env: { RUNNER_TEMP: outDir },
      redactor: new Redactor(),
      writeSummary: async (markdown) => {
        summary = markdown;
      },
    });
    assert.ok(result.kubernetes?.pods.length === 2, 'the Job pod and the service pod were collected');
    const scan = new SecretScan(secrets);
    await scan.scanTree(outDir, 'bundle');
    scan.scan('job summary', summary);
    assert.ok(scan.files >= 6, `scanned ${scan.files} files`);
    assert.equal(scan.hits.length, 0, scan.report());
    const logFile = result.kubernetes.pods
      .flatMap((pod) => pod.files)
      .find((file) => file.endsWith('tests.log'));
    assert.ok(logFile, 'the Job log was written');
    assert.match(
      await readFile(path.join(outDir, logFile), 'utf8'),
      /tests: \*\*\* \*\*\* amqp:\/\/app:\*\*\*@broker:5672\/ \*\*\*/,
    );
    console.log(
      `secret scan (kube): ${Object.keys(secrets).length} values, ${scan.files} files, ${scan.bytes} bytes, ${scan.hits.length} hits`,
    );
  });
});
