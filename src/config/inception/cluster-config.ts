import { existsSync } from 'node:fs';
import path from 'node:path';
import {
  describeValue,
  fail,
  isRecord,
  parseDuration,
  readStringOrList,
  type Locator,
} from '../values/index.js';
import {
  checkKeys,
  command,
  mapping,
  optionalText,
  readImage,
  stringMap,
  text,
  type ConfigImage,
} from './readers.js';

/** inception.yml's `cluster:`: the in-cluster path on a laptop (kind) or against any cluster. */
export interface ClusterConfig {
  /** The kind cluster `inception up` creates or reuses; unused with --kubeconfig. */
  kind: {
    name?: string;
    workers: number;
    /** Role (control-plane, worker) to labels, as setup-kind's node-labels. */
    nodeLabels: Record<string, Record<string, string>>;
    nodeImage?: string;
    /** A kind config file of the user's, instead of the generated one. */
    config?: string;
  };
  /** Default: `<folder name>-inception`, the same on every `up`. */
  namespace?: string;
  /** Built, then loaded into the kind nodes; `${placeholder}` in the manifests becomes the image's ref. */
  images: (ConfigImage & { placeholder: string })[];
  /** Applied in order, each step waited for (Deployments available, Jobs complete) before the next. */
  deploy: DeployStep[];
  /** How long each deploy step may take to be ready. */
  waitMs: number;
  /** The tests as a Job: the options of run-tests' cluster mode. */
  tests?: {
    image?: string;
    command?: string[];
    args?: string[];
    env: Record<string, string>;
    reports: string;
    timeoutMs: number;
    jobManifest?: string;
    testContainer?: string;
    serviceAccount?: string;
    nodeSelector: Record<string, string>;
  };
}

/** Files applied together (a folder with a kustomization is built with `kubectl kustomize`), or a Helm
 * chart installed with `helm upgrade --install --wait`. */
export type DeployStep = { manifests: string[] } | { helm: HelmRelease };

export interface HelmRelease {
  /** A chart folder or packaged chart (resolved from inception.yml's folder), or a chart reference
   * (`repo/name`, `oci://…`) passed to helm as written. */
  chart: string;
  /** The release name in the namespace (each namespace, so each environment, has its own release);
   * default: the chart's name. */
  release: string;
  /** Values files, in order; `${PLACEHOLDER}`s in them become the images' refs. */
  values: string[];
  /** `--set key=value`, in order; `${PLACEHOLDER}`s become the images' refs. */
  set: Record<string, string>;
  version?: string;
}

const CLUSTER_KEYS = ['kind', 'namespace', 'images', 'deploy', 'wait', 'tests'];
const KIND_KEYS = ['name', 'workers', 'node-labels', 'node-image', 'config'];
const HELM_KEYS = ['chart', 'release', 'values', 'set', 'version'];
const TEST_KEYS = [
  'image',
  'command',
  'args',
  'env',
  'reports',
  'timeout',
  'job-manifest',
  'test-container',
  'service-account',
  'node-selector',
];

/** `inception-fixture-app` -> `INCEPTION_FIXTURE_APP_IMAGE`. */
function defaultPlaceholder(name: string): string {
  return `${name.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}_IMAGE`;
}

function list(value: unknown, key: string, at: Locator, example: string): unknown[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value;
  return fail(at, key, `expected a list, got ${describeValue(value)}; write e.g.\n${example}`);
}

function nodeLabels(value: unknown, at: Locator): ClusterConfig['kind']['nodeLabels'] {
  const key = 'cluster.kind.node-labels';
  if (value === undefined || value === null) return {};
  const roles = mapping(value, key, at, '{ worker: { node.type: services } }');
  const result: ClusterConfig['kind']['nodeLabels'] = {};
  for (const [role, labels] of Object.entries(roles)) {
    if (role !== 'control-plane' && role !== 'worker') {
      fail(at, `${key}.${role}`, 'a node role is control-plane or worker');
    }
    result[role] = stringMap(labels, `${key}.${role}`, at);
  }
  return result;
}

function workers(value: unknown, at: Locator): number {
  if (value === undefined || value === null) return 0;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 10) return value;
  return fail(
    at,
    'cluster.kind.workers',
    `expected a whole number from 0 to 10, got ${describeValue(value)}`,
  );
}

function duration(value: unknown, key: string, at: Locator, fallback: number): number {
  if (value === undefined || value === null) return fallback;
  const ms = parseDuration(value, at(key));
  if (ms <= 0) fail(at, key, 'must be more than 0; write e.g. 5m');
  return ms;
}

/** A local chart is a path that exists; anything else (`repo/chart`, `oci://…`) is for helm to find. */
function chartPath(chart: string, folder: string): string {
  const local = path.resolve(folder, chart);
  return existsSync(local) || chart.startsWith('.') ? local : chart;
}

function helmRelease(value: unknown, key: string, folder: string, at: Locator): HelmRelease {
  const raw = mapping(value, key, at, '{ chart: charts/api, values: [values.yaml] }');
  checkKeys(raw, HELM_KEYS, key, at);
  const chart = text(raw.chart, `${key}.chart`, at, 'charts/api');
  const release =
    optionalText(raw.release, `${key}.release`, at, 'api') ??
    path.basename(chart.replace(/\.tgz$/, '').replace(/-\d+\.\d+\.\d+.*$/, ''));
  if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(release) || release.length > 53) {
    fail(
      at,
      `${key}.release`,
      `"${release}" is not a Helm release name: lower-case letters, digits and -, at most 53`,
    );
  }
  return {
    chart: chartPath(chart, folder),
    release,
    values:
      raw.values == null
        ? []
        : readStringOrList(raw.values, `${key}.values`, at).map((file) => path.resolve(folder, file)),
    set: stringMap(raw.set, `${key}.set`, at),
    version: optionalText(raw.version, `${key}.version`, at, '1.2.0'),
  };
}

function deployStep(step: unknown, key: string, folder: string, at: Locator): DeployStep {
  if (isRecord(step) && 'helm' in step) {
    checkKeys(step, ['helm'], key, at);
    return { helm: helmRelease(step.helm, `${key}.helm`, folder, at) };
  }
  return { manifests: readStringOrList(step, key, at).map((file) => path.resolve(folder, file)) };
}

export function parseClusterConfig(raw: unknown, folder: string, at: Locator): ClusterConfig {
  const cluster = mapping(raw, 'cluster', at, '{ kind: { workers: 1 }, deploy: [k8s/app.yaml] }');
  checkKeys(cluster, CLUSTER_KEYS, 'cluster', at);
  const kindRaw =
    cluster.kind === undefined || cluster.kind === null
      ? {}
      : mapping(cluster.kind, 'cluster.kind', at, '{ workers: 1 }');
  checkKeys(kindRaw, KIND_KEYS, 'cluster.kind', at);
  const kindConfig = optionalText(kindRaw.config, 'cluster.kind.config', at, 'kind.yaml');
  // kind takes one config: the generated one's settings would be silently dropped.
  const generated = ['workers', 'node-labels'].filter((key) => kindRaw[key] != null);
  if (kindConfig && generated.length > 0) {
    fail(
      at,
      'cluster.kind.config',
      `a kind config file replaces the generated config, so ${generated.join(' and ')} would be ignored: ` +
        'put the nodes and their labels in the config file, or drop config',
    );
  }
  const images = list(
    cluster.images,
    'cluster.images',
    at,
    'images:\n  - { name: my-app, context: app }',
  ).map((entry, index) => {
    const key = `cluster.images[${index}]`;
    const { raw, image } = readImage(entry, key, folder, at, ['placeholder']);
    const placeholder = optionalText(raw.placeholder, `${key}.placeholder`, at, 'APP_IMAGE');
    return { ...image, placeholder: placeholder ?? defaultPlaceholder(image.name) };
  });
  const deploy = list(
    cluster.deploy,
    'cluster.deploy',
    at,
    'deploy:\n  - k8s/db.yaml\n  - [k8s/api.yaml, k8s/worker.yaml]\n  - helm: { chart: charts/web }',
  ).map((step, index) => deployStep(step, `cluster.deploy[${index}]`, folder, at));
  const testsRaw =
    cluster.tests === undefined || cluster.tests === null
      ? undefined
      : mapping(cluster.tests, 'cluster.tests', at, '{ image: my-tests, command: pytest -x }');
  if (testsRaw) checkKeys(testsRaw, TEST_KEYS, 'cluster.tests', at);
  const jobManifest =
    testsRaw && optionalText(testsRaw['job-manifest'], 'cluster.tests.job-manifest', at, 'k8s/test-job.yaml');
  return {
    kind: {
      name: optionalText(kindRaw.name, 'cluster.kind.name', at, 'my-project'),
      workers: workers(kindRaw.workers, at),
      nodeLabels: nodeLabels(kindRaw['node-labels'], at),
      nodeImage: optionalText(kindRaw['node-image'], 'cluster.kind.node-image', at, 'kindest/node:v1.33.1'),
      ...(kindConfig ? { config: path.resolve(folder, kindConfig) } : {}),
    },
    namespace: optionalText(cluster.namespace, 'cluster.namespace', at, 'my-project-tests'),
    images,
    deploy,
    waitMs: duration(cluster.wait, 'cluster.wait', at, 5 * 60_000),
    ...(testsRaw
      ? {
          tests: {
            image: optionalText(testsRaw.image, 'cluster.tests.image', at, 'my-tests'),
            command: command(testsRaw.command, at, 'cluster.tests.command'),
            args: command(testsRaw.args, at, 'cluster.tests.args'),
            env: stringMap(testsRaw.env, 'cluster.tests.env', at),
            reports:
              optionalText(testsRaw.reports, 'cluster.tests.reports', at, '/reports/*.xml') ??
              '/reports/*.xml',
            timeoutMs: duration(testsRaw.timeout, 'cluster.tests.timeout', at, 30 * 60_000),
            ...(jobManifest ? { jobManifest: path.resolve(folder, jobManifest) } : {}),
            testContainer: optionalText(
              testsRaw['test-container'],
              'cluster.tests.test-container',
              at,
              'tests',
            ),
            serviceAccount: optionalText(
              testsRaw['service-account'],
              'cluster.tests.service-account',
              at,
              'tests',
            ),
            nodeSelector: stringMap(testsRaw['node-selector'], 'cluster.tests.node-selector', at),
          },
        }
      : {}),
  };
}
