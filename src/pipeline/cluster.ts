import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type Docker from 'dockerode';
import type { ClusterConfig } from '../config/inception/index.js';
import { buildImages, type BuiltImage } from '../docker/build/index.js';
import { ConfigurationError } from '../errors.js';
import type { Logger } from '../log.js';
import { isNotFound } from '../kube/api-errors.js';
import type { KubeClients } from '../kube/client.js';
import {
  applyObjects,
  helmBinary,
  installHelmRelease,
  readManifests,
  requireHelm,
  substitutePlaceholders,
  waitForWorkloads,
} from '../kube/deploy/index.js';
import { createKindCluster, listKindNodes, loadImages } from '../kube/kind/index.js';
import { createNamespace } from '../kube/namespace.js';
import { runTestJob, type TestJobRunResult } from '../kube/test-job/index.js';
import { LABEL_MANAGED } from '../shared/identity/labels.js';
import { runProgram } from '../shared/process/run-command.js';

/** Where the cluster path runs: a kind cluster made or reused here, or any cluster of a kubeconfig. */
export interface ClusterTarget {
  kubeconfig?: string;
  context?: string;
  /** The kind cluster whose nodes get the images; none for a cluster that pulls them. */
  kindCluster?: string;
  /** Made by this `up`, so `down` deletes it. */
  createdCluster: boolean;
}

export interface KindClusterRequest {
  docker: Docker;
  kind: ClusterConfig['kind'];
  name: string;
  /** The kind executable. */
  kindBinary: string;
  /** Where the cluster's kubeconfig is written. */
  kubeconfig: string;
  logger: Logger;
  signal?: AbortSignal;
}

/** Reuses the kind cluster of that name when it runs, else creates it from the config's kind settings. */
export async function ensureKindCluster(request: KindClusterRequest): Promise<ClusterTarget> {
  const { kindBinary, name, logger } = request;
  const listed = await runProgram(kindBinary, ['get', 'clusters']).catch(() => undefined);
  if (!listed) {
    throw new ConfigurationError(
      `kind ("${kindBinary}") cannot be run: install kind (https://kind.sigs.k8s.io), set KIND to its path, ` +
        'or pass --kubeconfig to use another cluster.',
    );
  }
  await mkdir(path.dirname(request.kubeconfig), { recursive: true });
  if (listed.stdout.split('\n').includes(name)) {
    const got = await runProgram(kindBinary, ['get', 'kubeconfig', '--name', name]);
    await writeFile(request.kubeconfig, got.stdout, { mode: 0o600 });
    logger.info(`reusing kind cluster ${name}`);
    return {
      kubeconfig: request.kubeconfig,
      context: `kind-${name}`,
      kindCluster: name,
      createdCluster: false,
    };
  }
  const created = await createKindCluster({
    docker: request.docker,
    kind: kindBinary,
    name,
    nodeImage: request.kind.nodeImage,
    config: request.kind.config
      ? { file: request.kind.config }
      : {
          generate: {
            workers: request.kind.workers,
            nodeLabels: request.kind.nodeLabels,
            extraPortMappings: [],
          },
        },
    kubeconfig: request.kubeconfig,
    waitMs: 5 * 60_000,
    logger,
    signal: request.signal,
  });
  return {
    kubeconfig: created.kubeconfig,
    context: created.context,
    kindCluster: name,
    createdCluster: true,
  };
}

/** A kubeconfig's cluster is a kind cluster on this engine when its context is `kind-<name>` and nodes of
 * that name run here: then images are loaded into them, since such a cluster cannot pull local images. */
export async function kindClusterOf(docker: Docker, clients: KubeClients): Promise<string | undefined> {
  const name = clients.context.startsWith('kind-') ? clients.context.slice('kind-'.length) : undefined;
  if (!name) return undefined;
  return (await listKindNodes(docker, name)).length > 0 ? name : undefined;
}

export interface DeployOptions {
  docker: Docker;
  clients: KubeClients;
  /** The kubeconfig file of `clients`, for helm; absent: helm's default. */
  kubeconfig?: string;
  cluster: ClusterConfig;
  namespace: string;
  /** The images' tag: `<name>:<tag>`. */
  tag: string;
  kindCluster?: string;
  noCache?: boolean;
  kubectl?: string;
  /** Folder for values files with their placeholders replaced. */
  workDir: string;
  logger: Logger;
  signal?: AbortSignal;
}

/** The images' placeholders and refs, for manifests and the test Job. */
export function imagePlaceholders(cluster: ClusterConfig, built: BuiltImage[]): Record<string, string> {
  return Object.fromEntries(
    cluster.images.map((image) => [
      image.placeholder,
      built.find((b) => b.name === image.name)?.ref ?? image.name,
    ]),
  );
}

export type BuildAndLoadOptions = Pick<
  DeployOptions,
  'docker' | 'tag' | 'kindCluster' | 'noCache' | 'logger' | 'signal'
>;

/** Builds these images of cluster.images under `tag` and loads them into the kind nodes, if any. */
export async function buildAndLoad(
  images: ClusterConfig['images'],
  options: BuildAndLoadOptions,
): Promise<BuiltImage[]> {
  const { docker, logger } = options;
  if (images.length === 0) return [];
  const built = await buildImages(
    docker,
    images.map((image) => ({
      name: image.name,
      context: image.context,
      dockerfile: image.dockerfile,
      target: image.target,
      buildArgs: image.args,
    })),
    { runTag: options.tag, noCache: options.noCache ?? false, labels: {}, logger, signal: options.signal },
  );
  if (options.kindCluster) {
    await logger.group(`Load ${built.length} image(s) into kind cluster ${options.kindCluster}`, () =>
      loadImages({ docker, cluster: options.kindCluster!, images: built.map((image) => image.ref), logger }),
    );
  }
  return built;
}

/** Builds the images, loads them into the kind nodes, makes the namespace and applies each deploy step,
 * waiting until it is ready before the next. */
export async function deployToCluster(options: DeployOptions): Promise<BuiltImage[]> {
  const { clients, cluster, namespace, logger } = options;
  // Before the builds: a missing helm should not cost them.
  const helmStep = cluster.deploy.findIndex((step) => 'helm' in step);
  if (helmStep !== -1) await requireHelm(helmBinary(), `cluster.deploy[${helmStep}]`);
  const built = await buildAndLoad(cluster.images, options);
  await ensureNamespace(clients, namespace, logger);
  const placeholders = imagePlaceholders(cluster, built);
  for (const [index, step] of cluster.deploy.entries()) {
    options.signal?.throwIfAborted();
    const title = `Deploy ${index + 1}/${cluster.deploy.length}`;
    if ('helm' in step) {
      await logger.group(`${title}: helm release ${step.helm.release} (${step.helm.chart})`, () =>
        installHelmRelease({
          release: step.helm,
          target: { helm: helmBinary(), namespace, kubeconfig: options.kubeconfig, context: clients.context },
          placeholders,
          workDir: options.workDir,
          timeoutMs: cluster.waitMs,
          step: `cluster.deploy[${index}]`,
          logger,
          signal: options.signal,
        }),
      );
      continue;
    }
    const names = step.manifests.map((file) => path.relative(process.cwd(), file) || file).join(', ');
    await logger.group(`${title}: ${names}`, async () => {
      const objects = await readManifests(step.manifests, placeholders, options.kubectl);
      await applyObjects(clients, objects, namespace);
      logger.info(`applied ${objects.map((object) => `${object.kind}/${object.metadata?.name}`).join(', ')}`);
      await waitForWorkloads(clients, objects, namespace, cluster.waitMs, logger);
    });
  }
  return built;
}

async function ensureNamespace(clients: KubeClients, namespace: string, logger: Logger): Promise<void> {
  try {
    await clients.core.readNamespace({ name: namespace });
  } catch (error) {
    if (!isNotFound(error)) throw error;
    await createNamespace(clients.core, namespace, { [LABEL_MANAGED]: 'true' });
    logger.info(`created namespace ${namespace} (context ${clients.context})`);
  }
}

export interface ClusterTestsOptions {
  clients: KubeClients;
  cluster: ClusterConfig;
  tests: NonNullable<ClusterConfig['tests']>;
  namespace: string;
  built: BuiltImage[];
  /** Folder for the job manifest with its placeholders replaced. */
  workDir: string;
  reportsDir: string;
  logger: Logger;
}

/** The tests as a Job in the deployed namespace, its log streamed, its reports copied to `reportsDir`. */
export async function runClusterTests(options: ClusterTestsOptions): Promise<TestJobRunResult> {
  const { tests, cluster } = options;
  const placeholders = imagePlaceholders(cluster, options.built);
  let manifestFile: string | undefined;
  if (tests.jobManifest) {
    if (!existsSync(tests.jobManifest))
      throw new ConfigurationError(`cluster.tests.job-manifest ${tests.jobManifest} not found.`);
    await mkdir(options.workDir, { recursive: true });
    manifestFile = path.join(options.workDir, 'test-job.yaml');
    const text = substitutePlaceholders(
      await readFile(tests.jobManifest, 'utf8'),
      placeholders,
      tests.jobManifest,
    );
    await writeFile(manifestFile, text);
  }
  const image =
    tests.image && (options.built.find((built) => built.name === tests.image)?.ref ?? tests.image);
  if (!image && !manifestFile) {
    throw new ConfigurationError(
      'cluster.tests needs an image (or a job-manifest): say what runs the tests.',
    );
  }
  return runTestJob(options.clients, {
    ...(image ? { image } : {}),
    ...(tests.command ? { command: tests.command } : {}),
    ...(tests.args ? { args: tests.args } : {}),
    env: tests.env,
    serviceAccount: tests.serviceAccount,
    nodeSelector: tests.nodeSelector,
    ...(manifestFile ? { manifestFile, name: `tests-${Date.now().toString(36)}` } : {}),
    testContainer: tests.testContainer,
    namespace: options.namespace,
    timeoutMs: tests.timeoutMs,
    reports: tests.reports,
    reportsDir: options.reportsDir,
    logger: options.logger,
  });
}
