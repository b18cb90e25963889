import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import type { V1Deployment } from '@kubernetes/client-node';
import mermaid from 'mermaid';
import { runTestsAction } from '../../src/actions/run-tests/index.js';
import { collectAndUpload } from '../../src/diagnostics/collect-and-upload.js';
import { silentLogger } from '../../src/log.js';
import { runEntryInProcess } from '../support/in-process-action.js';
import { testCluster, type TestCluster } from '../support/kube.js';
import {
  clickFailedBar,
  mermaidBlock,
  openReportPage,
  screenshot,
  searchFile,
  timelineLanes,
  type OpenedPage,
} from '../support/report-page.js';

const run = promisify(execFile);
const ID = randomBytes(3).toString('hex');
const namespace = `report-page-${ID}`;
const IMAGE = `inception-report-page:${ID}`;
const KIND = process.env.KIND || 'kind';

const RUN_TESTS = `#!/bin/sh
echo "suite: ordering a book"
mkdir -p /reports
cat > /reports/junit.xml <<XML
<testsuite name="orders" tests="2" failures="1"><testcase classname="orders.api" name="test_create"/><testcase classname="orders.api" name="test_refund"><failure message="refund was not recorded">AssertionError</failure></testcase></testsuite>
XML
exit 3
`;

function deployment(name: string, script: string): V1Deployment {
  const labels = { app: name };
  return {
    metadata: { name, labels },
    spec: {
      replicas: 1,
      selector: { matchLabels: labels },
      template: {
        metadata: { labels },
        spec: {
          terminationGracePeriodSeconds: 1,
          containers: [
            { name, image: IMAGE, imagePullPolicy: 'IfNotPresent', command: ['sh', '-c', script] },
          ],
        },
      },
    },
  };
}

/**
 * A service that keeps crashing, a healthy one and a failing test Job in the shared test cluster;
 * the bundle collect-logs would upload, opened in Chromium.
 */
describe('index.html of a Kubernetes bundle, in a browser', { timeout: 8 * 60 * 1000 }, () => {
  let cluster: TestCluster;
  let workspace: string;
  let folder: string;
  let opened: OpenedPage;

  before(async () => {
    cluster = testCluster();
    workspace = await mkdtemp(path.join(tmpdir(), 'report-page-cluster-'));
    const context = path.join(workspace, 'image');
    await mkdir(context);
    await writeFile(path.join(context, 'run-tests'), RUN_TESTS);
    await chmod(path.join(context, 'run-tests'), 0o755);
    await writeFile(
      path.join(context, 'Dockerfile'),
      'FROM debian:bookworm-slim\nCOPY run-tests /usr/local/bin/\n',
    );
    await run('docker', ['build', '-q', '-t', IMAGE, context]);
    await run(KIND, ['load', 'docker-image', IMAGE, '--name', cluster.name], { timeout: 180_000 });
    const { core, apps } = cluster.clients;
    await core.createNamespace({ body: { metadata: { name: namespace } } });
    await apps.createNamespacedDeployment({
      namespace,
      body: deployment('api', 'echo "api: listening"; sleep 3600'),
    });
    await apps.createNamespacedDeployment({
      namespace,
      body: deployment(
        'worker',
        'echo "worker: starting"; sleep 1; echo "worker: fatal: poisoned input" >&2; exit 3',
      ),
    });
    const deadline = Date.now() + 180_000;
    for (;;) {
      const pods = await core.listNamespacedPod({ namespace, labelSelector: 'app=worker' });
      const status = pods.items[0]?.status?.containerStatuses?.[0];
      if (status?.lastState?.terminated && status.state?.running) break;
      if (Date.now() > deadline) throw new Error('the worker never restarted after its crash');
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    const runnerTemp = path.join(workspace, 'runner-temp');
    await mkdir(runnerTemp);
    const env = {
      GITHUB_WORKSPACE: workspace,
      GITHUB_JOB: 'report',
      GITHUB_RUN_ID: ID,
      GITHUB_RUN_ATTEMPT: '1',
      RUNNER_TEMP: runnerTemp,
    };
    const tests = await runEntryInProcess(
      runTestsAction,
      {
        mode: 'cluster',
        kubeconfig: cluster.kubeconfig,
        namespace,
        image: IMAGE,
        command: 'run-tests',
        reports: '/reports/*.xml',
      },
      env,
      { echo: false },
    );
    assert.equal(tests.failed, true, tests.log);
    folder = path.join(workspace, 'bundle');
    const collected = await collectAndUpload({
      logger: silentLogger,
      collectDocker: false,
      kubernetes: { kubeconfig: cluster.kubeconfig, namespaces: [namespace] },
      path: folder,
      upload: false,
      env,
    });
    assert.ok(collected.kubernetes?.firstFailure, 'a failed pod');
    opened = await openReportPage(folder);
  });

  after(async () => {
    await opened?.browser.close();
    await cluster?.clients.core.deleteNamespace({ name: namespace }).catch(() => undefined);
    const { stdout } = await run(KIND, ['get', 'nodes', '--name', cluster.name]).catch(() => ({
      stdout: '',
    }));
    for (const node of stdout.split('\n').filter(Boolean)) {
      await run('docker', ['exec', node, 'crictl', 'rmi', IMAGE]).catch(() => undefined);
    }
    await run('docker', ['rmi', '-f', IMAGE]).catch(() => undefined);
    if (workspace) await rm(workspace, { recursive: true, force: true });
  });

  test('index.md carries the timeline as a gantt chart Mermaid reads, the crashed worker in the crit style', async () => {
    const chart = mermaidBlock(await readFile(path.join(folder, 'index.md'), 'utf8'));
    assert.ok(chart, 'a mermaid block');
    assert.deepEqual(await mermaid.parse(chart), { diagramType: 'gantt', config: {} });
    assert.match(
      chart,
      new RegExp(`section pod ${namespace}/worker-\\S+ \\(failed\\)\\n(?: {4}.*\\n)*? {4}exited 3 :crit, `),
    );
  });

  test('the failing test is named first', async () => {
    const first = await opened.page.textContent('#failed-first li');
    assert.match(first ?? '', /test step .* failed, exit code 3/);
    assert.match(first ?? '', /orders\.api › test_refund.*refund was not recorded/);
  });

  test('a bar for each pod, the crashed worker and the test Job marked failed', async () => {
    const lanes = await timelineLanes(opened.page);
    const pods = lanes.filter((lane) => lane.kind === 'pod');
    const lane = (prefix: string) => pods.find((pod) => pod.name.startsWith(`${namespace}/${prefix}`));
    assert.equal(lane('api-')?.failed, false, pods.map((pod) => pod.name).join());
    assert.equal(lane('worker-')?.failed, true);
    assert.ok((lane('worker-')?.failedBars ?? 0) >= 1);
    assert.equal(lanes.find((candidate) => candidate.kind === 'test')?.failed, true);
  });

  test('a click on the latest crash opens the log of that run at its fatal line', async () => {
    const worker = (await timelineLanes(opened.page)).find((lane) =>
      lane.name.startsWith(`${namespace}/worker-`),
    );
    const shown = await clickFailedBar(opened.page, worker?.name ?? '');
    assert.match(
      shown.file ?? '',
      new RegExp(`^kubernetes/namespaces/${namespace}/pods/worker-\\S+/worker(\\.previous)?\\.log$`),
    );
    const lane = await opened.page.$eval(
      '#inception-data',
      (data, name) => {
        const parsed = JSON.parse(data.textContent ?? '{}') as { timeline: Array<{ name: string }> };
        return JSON.stringify(parsed.timeline.find((candidate) => candidate.name === name));
      },
      worker?.name ?? '',
    );
    assert.equal(shown.line, 2, `${JSON.stringify(shown)} ${lane}`);
    assert.match(shown.currentText ?? '', /worker: fatal: poisoned input/);
    await screenshot(opened.page, 'report-page-cluster.png');
  });

  test('search finds a known line of the api log', async () => {
    const lanes = await timelineLanes(opened.page);
    const api = lanes.find((lane) => lane.name.startsWith(`${namespace}/api-`))?.name ?? '';
    const file = `kubernetes/namespaces/${api.replace('/', '/pods/')}/api.log`;
    const found = await searchFile(opened.page, file, 'api: listening');
    assert.equal(found.count, '1 match');
    assert.match(found.currentText ?? '', /api: listening/);
  });

  test('the page asks the network for nothing', () => {
    assert.deepEqual(opened.outsideRequests, []);
  });
});
