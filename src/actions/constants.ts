/** Input and output names of every action, exactly as in their action.yml files; state lives in each action's state.ts. */

/** Environment variables setup-docker exports for later steps; run-tests and collect-logs read them. */
export { ENV_ENVIRONMENT, ENV_NETWORK, ENV_SERVICES } from '../docker/environment/index.js';

/** Every action that writes diagnostics takes `redact`: more values to treat as secrets (read by the runner module). */
export const REDACT_INPUT = 'redact';

/** plan-shards reads and record-timings writes the timings kept in the Actions cache under this key prefix. */
export const TIMINGS_KEY_INPUT = 'timings-key';
/** record-timings' default prefix: `<prefix>-<run id>-<attempt>`. */
export const DEFAULT_TIMINGS_KEY = 'inception-timings';

/** Environment variables setup-kind exports for later steps (KUBECONFIG too). */
export const ENV_KIND_CLUSTER = 'INCEPTION_KIND_CLUSTER';
export const ENV_KIND_REGISTRY = 'INCEPTION_KIND_REGISTRY';

export const SetupDocker = {
  inputs: {
    composeFile: 'compose-file',
    environmentName: 'environment-name',
    profiles: 'profiles',
    wait: 'wait',
    timeout: 'timeout',
    build: 'build',
    noCache: 'no-cache',
    keep: 'keep',
    gracefulStop: 'graceful-stop',
    collectOnFailure: 'collect-logs-on-failure',
    matrix: 'matrix',
    redact: REDACT_INPUT,
  },
  outputs: { environment: 'environment', network: 'network', services: 'services' },
} as const;

export const BuildImages = {
  inputs: {
    images: 'images',
    context: 'context',
    dockerfile: 'dockerfile',
    target: 'target',
    buildArgs: 'build-args',
    name: 'name',
    tag: 'tag',
    noCache: 'no-cache',
    labels: 'labels',
    /** Loading what was built into a kind cluster. */
    load: 'load',
    clusterName: 'cluster-name',
    nodes: 'nodes',
  },
  outputs: { images: 'images', refs: 'refs' },
} as const;

export const RunTests = {
  inputs: {
    mode: 'mode',
    image: 'image',
    command: 'command',
    env: 'env',
    environment: 'environment',
    network: 'network',
    reports: 'reports',
    reportsDir: 'reports-dir',
    timeout: 'timeout',
    workingDirectory: 'working-directory',
    name: 'name',
    kubeconfig: 'kubeconfig',
    context: 'context',
    namespace: 'namespace',
    jobManifest: 'job-manifest',
    testContainer: 'test-container',
    args: 'args',
    envFrom: 'env-from',
    serviceAccount: 'service-account',
    resources: 'resources',
    nodeSelector: 'node-selector',
    unschedulableTimeout: 'unschedulable-timeout',
    keepNamespace: 'keep-namespace',
    plan: 'plan',
    shard: 'shard',
    of: 'of',
    appendShardFiles: 'append-shard-files',
    shards: 'shards',
    parallelism: 'parallelism',
    rerunFailed: 'rerun-failed',
    tests: 'tests',
    redact: REDACT_INPUT,
  },
  outputs: {
    result: 'result',
    exitCode: 'exit-code',
    duration: 'duration',
    reports: 'reports',
    namespace: 'namespace',
    job: 'job',
  },
  /** Cluster mode exports these when the tests fail, so collect-logs finds the run. */
  env: { namespace: 'INCEPTION_NAMESPACE', job: 'INCEPTION_TEST_JOB' },
} as const;

export const CollectLogs = {
  inputs: {
    environment: 'environment',
    path: 'path',
    artifactName: 'artifact-name',
    upload: 'upload',
    retentionDays: 'retention-days',
    matrix: 'matrix',
    docker: 'docker',
    kubernetes: 'kubernetes',
    kubeconfig: 'kubeconfig',
    context: 'context',
    namespaces: 'namespaces',
    selectors: 'selectors',
    kindCluster: 'kind-cluster',
    when: 'when',
    redact: REDACT_INPUT,
  },
  outputs: { path: 'path', artifactName: 'artifact-name', artifactId: 'artifact-id' },
  /** Variables collect-logs reads for its Kubernetes defaults: run-tests (cluster mode) and setup-kind export them. */
  env: { namespace: RunTests.env.namespace, kindCluster: ENV_KIND_CLUSTER, kubeconfig: 'KUBECONFIG' },
} as const;

export const SetupKind = {
  inputs: {
    version: 'version',
    nodeImage: 'node-image',
    kubectlVersion: 'kubectl-version',
    clusterName: 'cluster-name',
    config: 'config',
    workers: 'workers',
    nodeLabels: 'node-labels',
    extraPortMappings: 'extra-port-mappings',
    registry: 'registry',
    registryImage: 'registry-image',
    wait: 'wait',
    kubeconfig: 'kubeconfig',
    keep: 'keep',
    collectOnFailure: 'collect-logs-on-failure',
    matrix: 'matrix',
    installOnly: 'install-only',
    cache: 'cache',
    redact: REDACT_INPUT,
  },
  outputs: {
    kubeconfig: 'kubeconfig',
    context: 'context',
    clusterName: 'cluster-name',
    kindVersion: 'kind-version',
    kubernetesVersion: 'kubernetes-version',
    registry: 'registry',
  },
} as const;

export const LoadImages = {
  inputs: {
    images: 'images',
    clusterName: 'cluster-name',
    nodes: 'nodes',
    retries: 'retries',
    registry: 'registry',
  },
  outputs: { images: 'images', refs: 'refs' },
} as const;

export const PlanShards = {
  inputs: {
    tests: 'tests',
    reports: 'reports',
    shards: 'shards',
    targetDuration: 'target-duration',
    maxShards: 'max-shards',
    workingDirectory: 'working-directory',
    timingsKey: TIMINGS_KEY_INPUT,
  },
  outputs: { matrix: 'matrix', plan: 'plan', count: 'count', timingsFrom: 'timings-from' },
} as const;

export const RecordTimings = {
  inputs: {
    reports: 'reports',
    tests: 'tests',
    plan: 'plan',
    timingsKey: TIMINGS_KEY_INPUT,
    save: 'save',
    defaultBranch: 'default-branch',
    workingDirectory: 'working-directory',
  },
  outputs: { key: 'key', saved: 'saved', timingsFile: 'timings-file', files: 'files' },
} as const;

/** The root action.yml: the whole pipeline of an inception.yml in one step. */
export const Pipeline = {
  inputs: {
    config: 'config',
    environmentName: 'environment-name',
    env: 'env',
    build: 'build',
    noCache: 'no-cache',
    reportsDir: 'reports-dir',
    keep: 'keep',
    collectOnFailure: 'collect-logs-on-failure',
    matrix: 'matrix',
    redact: REDACT_INPUT,
  },
  outputs: {
    result: 'result',
    exitCode: 'exit-code',
    environment: 'environment',
    services: 'services',
    reports: 'reports',
  },
} as const;
