// Runs a command with a kind cluster made for the Kubernetes tests (1 control plane, 2 workers labelled
// node.type=services), then deletes it and checks that the deletion left nothing. The tests find it through
// INCEPTION_TEST_KUBECONFIG and INCEPTION_TEST_CLUSTER; one cluster for every test file keeps CI within its
// time.
//
//   tsx scripts/with-test-cluster.ts <command...>          create, run, delete
//   tsx scripts/with-test-cluster.ts --ahead <command...>  run at once while the cluster is made; an inner
//                                                          with-test-cluster waits for it instead of making one
//
// `npm test` uses --ahead around all its stages, so that the cluster boots while the stages that need no
// cluster (typecheck, lint, unit, Docker integration) run, and the Kubernetes and e2e stages share it.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { deleteAndFindRemains, withKindCluster, type KindCluster } from '../test/support/kind-cluster.js';

/** Set by an outer `--ahead`: the file that will hold the cluster's variables, or why it could not be made. */
const PENDING = 'INCEPTION_TEST_CLUSTER_PENDING';

type ClusterFile = { env: Record<string, string> } | { error: string };

const args = process.argv.slice(2);
const ahead = args[0] === '--ahead';
const command = ahead ? args.slice(1) : args;
if (command.length === 0) {
  console.error('usage: tsx scripts/with-test-cluster.ts [--ahead] <command> [args...]');
  process.exit(2);
}

if (process.env.INCEPTION_TEST_KUBECONFIG && process.env.INCEPTION_TEST_CLUSTER) {
  process.exit(await runCommand({}));
} else if (process.env[PENDING]) {
  process.exit(await runCommand(await waitForCluster(process.env[PENDING])));
} else {
  process.exit(await ownCluster());
}

async function ownCluster(): Promise<number> {
  const started = Date.now();
  const making = makeCluster();
  let exitCode = 1;
  try {
    if (ahead) {
      const dir = await mkdtemp(join(tmpdir(), 'inception-test-cluster-'));
      const file = join(dir, 'cluster.json');
      void making.then(
        (cluster) => publish(file, { env: clusterEnv(cluster) }, started),
        (error: unknown) => publish(file, { error: String(error) }, started),
      );
      exitCode = await runCommand({ [PENDING]: file });
      await rm(dir, { recursive: true, force: true }).catch(() => undefined);
    } else {
      const cluster = await making;
      console.error(`test cluster ${cluster.name} ready in ${seconds(started)}s`);
      exitCode = await runCommand(clusterEnv(cluster));
    }
  } finally {
    const cluster = await making.catch(() => undefined);
    if (cluster && !(await deletedCleanly(cluster))) exitCode ||= 1;
  }
  return exitCode;
}

function makeCluster(): Promise<KindCluster> {
  return withKindCluster({
    name: `inception-it-${process.pid}`,
    workers: 2,
    workerLabels: { 'node.type': 'services' },
  });
}

function clusterEnv(cluster: KindCluster): Record<string, string> {
  return {
    INCEPTION_TEST_KUBECONFIG: cluster.kubeconfig,
    INCEPTION_TEST_CLUSTER: cluster.name,
    KIND: cluster.tools.kind,
    KIND_NODE_IMAGE: cluster.tools.nodeImage,
    KUBECTL: cluster.tools.kubectl,
  };
}

async function publish(file: string, content: ClusterFile, started: number): Promise<void> {
  if ('env' in content)
    console.error(`test cluster ${content.env.INCEPTION_TEST_CLUSTER} ready in ${seconds(started)}s`);
  // Written whole, then renamed, so a waiter never reads half a file.
  await writeFile(`${file}.partial`, JSON.stringify(content));
  await rename(`${file}.partial`, file);
}

async function waitForCluster(file: string): Promise<Record<string, string>> {
  const started = Date.now();
  while (!existsSync(file)) await sleep(250);
  const content = JSON.parse(await readFile(file, 'utf8')) as ClusterFile;
  if ('error' in content) {
    console.error(`the test cluster could not be made: ${content.error}`);
    process.exit(1);
  }
  const waited = seconds(started);
  if (waited > 0) console.error(`waited ${waited}s for the test cluster`);
  return content.env;
}

async function runCommand(env: Record<string, string>): Promise<number> {
  return new Promise<number>((resolve) => {
    const child = spawn(command[0]!, command.slice(1), { stdio: 'inherit', env: { ...process.env, ...env } });
    // Ctrl-C or a CI timeout: let the command end, then still delete the cluster.
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** Deletes the cluster and says whether kind left nothing of it behind (test/kind/ relies on this check). */
async function deletedCleanly(cluster: KindCluster): Promise<boolean> {
  const { before, remains } = await deleteAndFindRemains(cluster);
  const left = [...remains.nodes, ...remains.volumes, ...remains.networks];
  if (before.nodes.length === 0) console.error(`test cluster ${cluster.name} had no nodes left to delete`);
  if (left.length === 0) return before.nodes.length > 0;
  console.error(`deleting test cluster ${cluster.name} left: ${left.join(', ')}`);
  return false;
}

function seconds(since: number): number {
  return Math.round((Date.now() - since) / 1000);
}
