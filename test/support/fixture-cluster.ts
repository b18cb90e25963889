// Test helper: the fixture system (fixtures/k8s/) deployed into a namespace of a kind cluster, with images
// built from fixtures/ and loaded into the cluster (no registry). See fixtures/README.md, "Cluster mode".
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const fixturesDir = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const manifestsDir = path.join(fixturesDir, 'k8s');

export interface FixtureImages {
  app: string;
  broker: string;
  tests: string;
}

export interface FixtureClusterOptions {
  kubeconfig: string;
  /** kind cluster name (for `kind load docker-image`). */
  kindCluster: string;
  /** Namespace to deploy into; created if missing. */
  namespace: string;
  /** Image tag suffix: images are tagged `inception-fixture-<name>:fx-<tag>`. */
  tag: string;
  /** kind binary (default $INCEPTION_KIND, else ~/.cache/inception/bin/kind if present, else `kind`). */
  kind?: string;
  /** kubectl binary (default `kubectl`). */
  kubectl?: string;
  /** How long to wait for the migration and the Deployments (default 180 s). */
  timeoutSeconds?: number;
  /** Progress lines (default: none). */
  log?: (line: string) => void;
}

/** Image names for a tag; also the values of the manifest placeholders. */
export function fixtureImages(tag: string): FixtureImages {
  return {
    app: `inception-fixture-app:fx-${tag}`,
    broker: `inception-fixture-broker:fx-${tag}`,
    tests: `inception-fixture-tests:fx-${tag}`,
  };
}

/** Values for the `${NAME}` placeholders in fixtures/k8s/*.yaml. */
export function manifestValues(images: FixtureImages): Record<string, string> {
  return { APP_IMAGE: images.app, BROKER_IMAGE: images.broker, TESTS_IMAGE: images.tests };
}

/** Replaces every `${NAME}`; a placeholder without a value is an error, not an empty string. */
export function renderManifest(text: string, values: Record<string, string>, where = 'manifest'): string {
  return text.replace(/\$\{([A-Z0-9_]+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`${where}: no value for placeholder \${${name}}`);
    return value;
  });
}

export async function readFixtureManifest(file: string, images: FixtureImages): Promise<string> {
  const where = path.join(manifestsDir, file);
  return renderManifest(await readFile(where, 'utf8'), manifestValues(images), where);
}

/**
 * Builds the fixture images, loads them into the kind cluster, creates the namespace and deploys broker,
 * worker (cluster mode) and the migrate Job, then the api once the migration completed; resolves when the
 * broker, api and worker Deployments are available.
 */
export async function deployFixture(options: FixtureClusterOptions): Promise<{ images: FixtureImages }> {
  const log = options.log ?? (() => {});
  const images = fixtureImages(options.tag);
  const kubectl = kubectlRunner(options);
  const deadline = Date.now() + (options.timeoutSeconds ?? 180) * 1000;

  await timed(log, 'build images', () => buildFixtureImages(images));
  await timed(log, 'load images', () => loadImages(options.kindCluster, Object.values(images), options.kind));
  await timed(log, 'deploy', async () => {
    await kubectl(['apply', '-f', '-'], namespaceManifest(options.namespace));
    const first = await Promise.all(
      ['broker.yaml', 'worker.yaml', 'migrate.yaml'].map((f) => readFixtureManifest(f, images)),
    );
    await kubectl(['apply', '-n', options.namespace, '-f', '-'], first.join('\n---\n'));
    await waitForJob(kubectl, options.namespace, 'migrate', deadline);
    await kubectl(
      ['apply', '-n', options.namespace, '-f', '-'],
      await readFixtureManifest('api.yaml', images),
    );
    await waitForDeployments(kubectl, options.namespace, ['broker', 'worker', 'api'], deadline);
  });
  return { images };
}

/** Deletes the namespace (and so everything deployed and spawned in it); a missing namespace is fine. */
export async function removeFixture(
  options: Pick<FixtureClusterOptions, 'kubeconfig' | 'namespace' | 'kubectl'> & { wait?: boolean },
): Promise<void> {
  const kubectl = kubectlRunner(options);
  await kubectl([
    'delete',
    'namespace',
    options.namespace,
    '--ignore-not-found',
    `--wait=${options.wait ?? true}`,
    '--timeout=120s',
  ]);
}

/** Removes the tagged images from Docker and from the kind nodes' containerd. */
export async function removeFixtureImages(
  options: Pick<FixtureClusterOptions, 'kindCluster' | 'tag' | 'kind'>,
): Promise<void> {
  const images = Object.values(fixtureImages(options.tag));
  const nodes = (await run(kindBinary(options.kind), ['get', 'nodes', '--name', options.kindCluster]))
    .split('\n')
    .filter(Boolean);
  for (const node of nodes) {
    await run('docker', [
      'exec',
      node,
      'crictl',
      'rmi',
      ...images.map((image) => `docker.io/library/${image}`),
    ]).catch(() => '');
  }
  await run('docker', ['rmi', ...images]).catch(() => '');
}

/** One after the other: `app` serves three services and the 2-core runners are busy enough. */
export async function buildFixtureImages(images: FixtureImages): Promise<void> {
  for (const [name, image] of Object.entries(images)) {
    await run('docker', ['build', '-q', '-t', image, path.join(fixturesDir, name)], { timeoutMs: 300_000 });
  }
}

/** The one place images get into the cluster; to be replaced by our own loader. */
export async function loadImages(kindCluster: string, images: string[], kind?: string): Promise<void> {
  await run(kindBinary(kind), ['load', 'docker-image', ...images, '--name', kindCluster], {
    timeoutMs: 300_000,
  });
}

type Kubectl = (args: string[], input?: string) => Promise<string>;

function kubectlRunner(options: { kubeconfig: string; kubectl?: string }): Kubectl {
  return (args, input) =>
    run(options.kubectl ?? 'kubectl', args, {
      input,
      env: { ...process.env, KUBECONFIG: options.kubeconfig },
    });
}

function namespaceManifest(name: string): string {
  return JSON.stringify({
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: { name, labels: { 'app.kubernetes.io/part-of': 'inception-fixture' } },
  });
}

interface Condition {
  type: string;
  status: string;
  reason?: string;
  message?: string;
}

async function waitForJob(
  kubectl: Kubectl,
  namespace: string,
  name: string,
  deadline: number,
): Promise<void> {
  for (;;) {
    const job = JSON.parse(await kubectl(['get', '-n', namespace, `job/${name}`, '-o', 'json'])) as {
      status?: { conditions?: Condition[] };
    };
    const conditions = (job.status?.conditions ?? []).filter((c) => c.status === 'True');
    if (conditions.some((c) => c.type === 'Complete')) return;
    const failed = conditions.find((c) => c.type === 'Failed');
    if (failed) {
      throw new Error(
        `Job ${name} failed (${failed.reason}: ${failed.message})\n${await podReport(kubectl, namespace, `app=${name}`)}`,
      );
    }
    if (Date.now() > deadline) {
      throw new Error(
        `Job ${name} did not complete in time\n${await podReport(kubectl, namespace, `app=${name}`)}`,
      );
    }
    await sleep(1000);
  }
}

async function waitForDeployments(
  kubectl: Kubectl,
  namespace: string,
  names: string[],
  deadline: number,
): Promise<void> {
  for (;;) {
    const list = JSON.parse(
      await kubectl(['get', '-n', namespace, ...names.map((n) => `deployment/${n}`), '-o', 'json']),
    ) as {
      items: {
        metadata: { name: string; generation?: number };
        status?: {
          observedGeneration?: number;
          updatedReplicas?: number;
          availableReplicas?: number;
          conditions?: Condition[];
        };
        spec?: { replicas?: number };
      }[];
    };
    const waiting = list.items.filter((d) => {
      const wanted = d.spec?.replicas ?? 1;
      const s = d.status ?? {};
      const available = (s.conditions ?? []).some((c) => c.type === 'Available' && c.status === 'True');
      return !(
        available &&
        s.observedGeneration === d.metadata.generation &&
        s.updatedReplicas === wanted &&
        s.availableReplicas === wanted
      );
    });
    if (waiting.length === 0) return;
    if (Date.now() > deadline) {
      const reports = await Promise.all(
        waiting.map((d) => podReport(kubectl, namespace, `app=${d.metadata.name}`)),
      );
      throw new Error(
        `Deployments not available in time: ${waiting.map((d) => d.metadata.name).join(', ')}\n${reports.join('\n')}`,
      );
    }
    await sleep(1000);
  }
}

/** Pod states and the last log lines, for an error message that says why. */
async function podReport(kubectl: Kubectl, namespace: string, selector: string): Promise<string> {
  const pods = await kubectl(['get', 'pods', '-n', namespace, '-l', selector, '-o', 'wide']).catch(
    (e: Error) => e.message,
  );
  const logs = await kubectl([
    'logs',
    '-n',
    namespace,
    '-l',
    selector,
    '--tail=20',
    '--prefix',
    '--all-containers',
  ]).catch((e: Error) => e.message);
  return `${pods}\n${logs}`;
}

function kindBinary(kind?: string): string {
  if (kind) return kind;
  if (process.env.INCEPTION_KIND) return process.env.INCEPTION_KIND;
  const cached = path.join(process.env.HOME ?? '/root', '.cache/inception/bin/kind');
  return existsSync(cached) ? cached : 'kind';
}

async function timed(log: (line: string) => void, what: string, step: () => Promise<void>): Promise<void> {
  const started = Date.now();
  await step();
  log(`fixture: ${what} took ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function run(
  file: string,
  args: string[],
  options: { input?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {},
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      file,
      args,
      { env: options.env, timeout: options.timeoutMs ?? 120_000, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error)
          reject(
            new Error(`${path.basename(file)} ${args.join(' ')} failed: ${stderr.trim() || error.message}`),
          );
        else resolve(stdout);
      },
    );
    if (options.input !== undefined) child.stdin?.end(options.input);
  });
}
