// collect-logs' default namespaces against a real cluster: two runs labelled their namespaces as run-tests
// does; the collection of one run takes its own and never the other's, and named namespaces add to it.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { collectKubernetes } from '../../src/diagnostics/kube/request.js';
import { testJobLabels } from '../../src/kube/test-job/manifest/labels.js';
import { testRunName } from '../../src/kube/test-job/index.js';
import { MemoryLogger } from '../support/memory-logger.js';
import { testCluster } from '../support/kube.js';

const cluster = testCluster();
const { core } = cluster.clients;
const id = randomBytes(3).toString('hex');
// Two attempts of one job, as GitHub names them: the same job and run id, attempts 1 and 2.
const env = (attempt: string) => ({
  GITHUB_JOB: `it${id}`,
  GITHUB_RUN_ID: '42',
  GITHUB_RUN_ATTEMPT: attempt,
});
const firstRun = testRunName(env('1'));
const secondRun = testRunName(env('2'));
const namespaces = {
  first: `runs-${id}-first`,
  second: `runs-${id}-second`,
  named: `runs-${id}-named`,
  unlabelled: `runs-${id}-unlabelled`,
};

describe("collect-logs takes this run's namespaces, not another run's", { timeout: 3 * 60 * 1000 }, () => {
  let dir: string;

  before(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'diag-runs-'));
    const labels: Record<string, Record<string, string> | undefined> = {
      [namespaces.first]: testJobLabels(firstRun),
      [namespaces.second]: testJobLabels(secondRun),
      [namespaces.named]: undefined,
      [namespaces.unlabelled]: undefined,
    };
    for (const [name, nsLabels] of Object.entries(labels)) {
      await core.createNamespace({ body: { metadata: { name, labels: nsLabels } } });
    }
  });

  after(async () => {
    for (const name of Object.values(namespaces)) {
      await core.deleteNamespace({ name }).catch(() => undefined);
    }
    await rm(dir, { recursive: true, force: true });
  });

  const collected = async (request: Parameters<typeof collectKubernetes>[0], name: string) => {
    const diagnostics = await collectKubernetes(
      { kubeconfig: cluster.kubeconfig, ...request },
      path.join(dir, name),
      new MemoryLogger(),
    );
    assert.ok(diagnostics);
    assert.deepEqual(diagnostics.errors, []);
    return diagnostics.namespaces.filter((namespace) => namespace.startsWith(`runs-${id}-`));
  };

  test('by default: only the namespaces labelled with this run', async () => {
    assert.deepEqual(await collected({ run: firstRun }, 'first'), [namespaces.first]);
    assert.deepEqual(await collected({ run: secondRun }, 'second'), [namespaces.second]);
  });

  test("named namespaces add to the run's own", async () => {
    assert.deepEqual((await collected({ run: firstRun, namespaces: [namespaces.named] }, 'named')).sort(), [
      namespaces.first,
      namespaces.named,
    ]);
  });

  test("the runs' recorded namespaces are taken too", async () => {
    assert.deepEqual(
      (await collected({ run: firstRun, testRunNamespaces: [namespaces.unlabelled] }, 'records')).sort(),
      [namespaces.first, namespaces.unlabelled],
    );
  });
});
