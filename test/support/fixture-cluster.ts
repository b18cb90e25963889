// Test helper: the fixture system (fixtures/k8s/) deployed into a namespace of a kind cluster, with images
// built from fixtures/ and loaded into the cluster (no registry). See fixtures/README.md, "Cluster mode".
// Everything goes through the library: buildImages, loadImages, the Kubernetes API (no kubectl, no kind).
import * as k8s from '@kubernetes/client-node';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { createDockerClient } from '../../src/docker/client.js';
import { buildImages } from '../../src/docker/build/build-images.js';
import { loadKubeClients, type KubeClients } from '../../src/kube/client.js';
import { loadImages } from '../../src/kube/kind/image-load/load.js';
import { removeImagesFromNode } from './kind-image-remove.js';
import { isNotFound } from '../../src/kube/api-errors.js';
import { listKindNodes } from '../../src/kube/kind/nodes.js';
import { deleteNamespace } from '../../src/kube/namespace.js';
import { silentLogger } from '../../src/log.js';

const fixturesDir = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const manifestsDir = path.join(fixturesDir, 'k8s');
const docker = createDockerClient();

export interface FixtureImages {
  app: string;
  broker: string;
  tests: string;
}

export interface FixtureClusterOptions {
  kubeconfig: string;
  /** kind cluster name (whose nodes get the images). */
  kindCluster: string;
  /** Namespace to deploy into; created if missing. */
  namespace: string;
  /** Image tag suffix: images are tagged `inception-fixture-<name>:fx-<tag>`. */
  tag: string;
  /** How long to wait for the migration and the Deployments (default 180 s). */
  timeoutSeconds?: number;
  /** Progress lines (default: none). */
  log?: (line: string) => void;
}

const POLL_MS = 1000;

/** Image names for a tag; also the values of the manifest placeholders. */
function fixtureImages(tag: string): FixtureImages {
  return {
    app: `inception-fixture-app:fx-${tag}`,
    broker: `inception-fixture-broker:fx-${tag}`,
    tests: `inception-fixture-tests:fx-${tag}`,
  };
}

/** fixtures/k8s/<file> with every `${NAME}` replaced; a placeholder without a value is an error. */
async function readFixtureManifest(file: string, images: FixtureImages): Promise<k8s.KubernetesObject[]> {
  const where = path.join(manifestsDir, file);
  const values: Record<string, string> = {
    APP_IMAGE: images.app,
    BROKER_IMAGE: images.broker,
    TESTS_IMAGE: images.tests,
  };
  const text = (await readFile(where, 'utf8')).replace(/\$\{([A-Z0-9_]+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`${where}: no value for placeholder \${${name}}`);
    return value;
  });
  return (k8s.loadAllYaml(text) as (k8s.KubernetesObject | null)[]).filter((object) => object !== null);
}

/**
 * Builds the fixture images, loads them into the kind cluster, creates the namespace and deploys broker,
 * worker (cluster mode) and the migrate Job, then the api once the migration completed; resolves when the
 * broker, api and worker Deployments are available.
 */
export async function deployFixture(options: FixtureClusterOptions): Promise<{ images: FixtureImages }> {
  const log = options.log ?? (() => {});
  const { namespace } = options;
  const images = fixtureImages(options.tag);
  const clients = loadKubeClients({ kubeconfig: options.kubeconfig });
  const deadline = Date.now() + (options.timeoutSeconds ?? 180) * 1000;

  await timed(log, 'build images', () => buildFixtureImages(options.tag));
  await timed(log, 'load images', () =>
    loadImages({ docker, cluster: options.kindCluster, images: Object.values(images), logger: silentLogger }),
  );
  await timed(log, 'deploy', async () => {
    await apply(clients, [namespaceObject(namespace)]);
    const first = await Promise.all(
      ['broker.yaml', 'worker.yaml', 'migrate.yaml'].map((file) => readFixtureManifest(file, images)),
    );
    await apply(clients, first.flat(), namespace);
    await waitForJob(clients, namespace, 'migrate', deadline);
    await apply(clients, await readFixtureManifest('api.yaml', images), namespace);
    await waitForDeployments(clients, namespace, ['broker', 'worker', 'api'], deadline);
  });
  return { images };
}

/** Deletes the namespace (and so everything deployed and spawned in it); a missing namespace is fine.
 * Waits until it is gone (at most 120 s) unless `wait` is false. */
export async function removeFixture(
  options: Pick<FixtureClusterOptions, 'kubeconfig' | 'namespace'> & { wait?: boolean },
): Promise<void> {
  const { core } = loadKubeClients({ kubeconfig: options.kubeconfig });
  const name = options.namespace;
  await deleteNamespace(core, name);
  if (options.wait === false) return;
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      await core.readNamespace({ name });
    } catch (error) {
      if (isNotFound(error)) return;
      throw error;
    }
    if (Date.now() > deadline) throw new Error(`namespace ${name} still terminating after 120 s`);
    await sleep(POLL_MS);
  }
}

/** Removes the tagged images from Docker and from the kind nodes' containerd. */
export async function removeFixtureImages(
  options: Pick<FixtureClusterOptions, 'kindCluster' | 'tag'>,
): Promise<void> {
  const images = Object.values(fixtureImages(options.tag));
  for (const node of await listKindNodes(docker, options.kindCluster)) {
    await removeImagesFromNode(docker, node.name, images).catch(() => []);
  }
  for (const image of images) {
    await docker
      .getImage(image)
      .remove()
      .catch(() => undefined);
  }
}

/** Builds the three images with the library's builder (tagged `fx-<tag>`, two at a time). */
async function buildFixtureImages(tag: string): Promise<void> {
  const specs = (['app', 'broker', 'tests'] as const).map((name) => ({
    name: `inception-fixture-${name}`,
    context: path.join(fixturesDir, name),
  }));
  await buildImages(docker, specs, { runTag: `fx-${tag}`, noCache: false, labels: {}, logger: silentLogger });
}

/** Server-side apply of each object, into `namespace` when given (the manifests name none). */
async function apply(
  clients: KubeClients,
  objects: k8s.KubernetesObject[],
  namespace?: string,
): Promise<void> {
  const api = k8s.KubernetesObjectApi.makeApiClient(clients.config);
  for (const object of objects) {
    const placed = namespace ? { ...object, metadata: { ...object.metadata, namespace } } : object;
    await api.patch(
      placed,
      undefined,
      undefined,
      'inception-fixture',
      true,
      k8s.PatchStrategy.ServerSideApply,
    );
  }
}

function namespaceObject(name: string): k8s.V1Namespace {
  return {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: { name, labels: { 'app.kubernetes.io/part-of': 'inception-fixture' } },
  };
}

async function waitForJob(
  clients: KubeClients,
  namespace: string,
  name: string,
  deadline: number,
): Promise<void> {
  for (;;) {
    const job = await clients.batch.readNamespacedJob({ name, namespace });
    const conditions = (job.status?.conditions ?? []).filter((c) => c.status === 'True');
    if (conditions.some((c) => c.type === 'Complete')) return;
    const failed = conditions.find((c) => c.type === 'Failed');
    const why = failed ? `failed (${failed.reason}: ${failed.message})` : 'did not complete in time';
    if (failed || Date.now() > deadline) {
      throw new Error(`Job ${name} ${why}\n${await podReport(clients, namespace, `app=${name}`)}`);
    }
    await sleep(POLL_MS);
  }
}

async function waitForDeployments(
  clients: KubeClients,
  namespace: string,
  names: string[],
  deadline: number,
): Promise<void> {
  for (;;) {
    const deployments = await Promise.all(
      names.map((name) => clients.apps.readNamespacedDeployment({ name, namespace })),
    );
    const waiting = deployments.filter((d) => {
      const wanted = d.spec?.replicas ?? 1;
      const s = d.status ?? {};
      const available = (s.conditions ?? []).some((c) => c.type === 'Available' && c.status === 'True');
      return !(
        available &&
        s.observedGeneration === d.metadata?.generation &&
        s.updatedReplicas === wanted &&
        s.availableReplicas === wanted
      );
    });
    if (waiting.length === 0) return;
    if (Date.now() > deadline) {
      const late = waiting.map((d) => d.metadata?.name ?? '?');
      const reports = await Promise.all(late.map((name) => podReport(clients, namespace, `app=${name}`)));
      throw new Error(`Deployments not available in time: ${late.join(', ')}\n${reports.join('\n')}`);
    }
    await sleep(POLL_MS);
  }
}

/** Pod states and the last log lines of each container, for an error message that says why. */
async function podReport(clients: KubeClients, namespace: string, labelSelector: string): Promise<string> {
  const lines: string[] = [];
  try {
    const pods = (await clients.core.listNamespacedPod({ namespace, labelSelector })).items;
    if (pods.length === 0) lines.push(`no pods match ${labelSelector}`);
    for (const pod of pods) {
      const name = pod.metadata?.name ?? '?';
      const states = (pod.status?.containerStatuses ?? []).map((c) => {
        const state =
          c.state?.waiting?.reason ??
          (c.state?.terminated ? `exit ${c.state.terminated.exitCode}` : 'running');
        return `${c.name}: ${state}, ${c.restartCount} restarts`;
      });
      lines.push(
        `pod ${name} (${pod.status?.phase}, node ${pod.spec?.nodeName ?? 'none'}): ${states.join('; ')}`,
      );
      for (const container of pod.spec?.containers ?? []) {
        const log = await clients.core
          .readNamespacedPodLog({ name, namespace, container: container.name, tailLines: 20 })
          .catch((error: Error) => `(no log: ${error.message})`);
        lines.push(
          ...log
            .trimEnd()
            .split('\n')
            .map((line) => `  [${name}/${container.name}] ${line}`),
        );
      }
    }
  } catch (error) {
    lines.push(`(cannot list pods: ${(error as Error).message})`);
  }
  return lines.join('\n');
}

async function timed(log: (line: string) => void, what: string, step: () => Promise<unknown>): Promise<void> {
  const started = Date.now();
  await step();
  log(`fixture: ${what} took ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
