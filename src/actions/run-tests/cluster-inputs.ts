import type { V1ResourceRequirements } from '@kubernetes/client-node';
import { resolve } from 'node:path';
import { ConfigurationError } from '../../errors.js';
import type { EnvSource } from '../../kube/test-job/index.js';
import { DEFAULT_UNSCHEDULABLE_TIMEOUT_MS, testRunName } from '../../kube/test-job/index.js';
import { RunTests } from '../constants.js';
import {
  booleanInput,
  durationInput,
  integerInput,
  keyValueInput,
  listInput,
  quoted,
  stringInput,
  workspacePath,
  yamlInput,
} from '../runner/index.js';
import { parseCommand } from './command.js';
import { readShardInputs, type RunTestsShardInputs } from './shard-inputs.js';
import { MAX_SHARDS } from '../../shard/index.js';
import {
  DEFAULT_REPORTS,
  DEFAULT_TIMEOUT_MS,
  imageInput,
  reportsDirInput,
  workingDirectoryInput,
} from './inputs.js';

export interface RunTestsClusterInputs {
  mode: 'cluster';
  /** Absent: $KUBECONFIG, else ~/.kube/config, else the in-cluster service account. */
  kubeconfig?: string;
  context?: string;
  namespace?: string;
  jobManifest?: string;
  testContainer?: string;
  image?: string;
  command?: string[];
  args?: string[];
  env: Record<string, string>;
  envFrom: EnvSource[];
  serviceAccount?: string;
  resources?: V1ResourceRequirements;
  nodeSelector: Record<string, string>;
  unschedulableTimeoutMs: number;
  keepNamespace: boolean;
  /** '' collects no reports (and adds no keeper container). */
  reports: string;
  reportsDir: string;
  timeoutMs: number;
  workingDirectory?: string;
  name?: string;
  /** Names the namespace and labels: `<job>-<run id>-<attempt>` on a runner. */
  runName: string;
  sharding: RunTestsShardInputs;
  /** Runs the tests as one Indexed Job of this many pods, each its own shard. */
  indexed?: { shards: number; parallelism: number };
}

const { inputs } = RunTests;
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** Reads run-tests' inputs for `mode: cluster`; paths are taken from the workspace. */
export function readRunTestsClusterInputs(env: NodeJS.ProcessEnv = process.env): RunTestsClusterInputs {
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const kubeconfig = stringInput(inputs.kubeconfig);
  const jobManifest = stringInput(inputs.jobManifest);
  const image = stringInput(inputs.image) === undefined ? undefined : imageInput();
  if (!image && !jobManifest) {
    throw new ConfigurationError(
      `Input "${inputs.image}" is required in cluster mode unless "${inputs.jobManifest}" names your own Job manifest.`,
    );
  }
  const namespace = stringInput(inputs.namespace);
  if (namespace !== undefined) dnsName(namespace, inputs.namespace);
  const name = stringInput(inputs.name);
  if (name !== undefined) dnsName(name, inputs.name);
  const command = stringInput(inputs.command);
  const args = stringInput(inputs.args);
  const resources = resourcesInput();
  const optional = {
    kubeconfig: kubeconfig && resolve(workspace, kubeconfig),
    context: stringInput(inputs.context),
    namespace,
    jobManifest: jobManifest && workspacePath(jobManifest, workspace, inputs.jobManifest, 'ci/test-job.yaml'),
    testContainer: stringInput(inputs.testContainer),
    image,
    command: command === undefined ? undefined : parseCommand(command, inputs.command),
    args: args === undefined ? undefined : parseCommand(args, inputs.args),
    serviceAccount: stringInput(inputs.serviceAccount),
    resources,
    workingDirectory: workingDirectoryInput(),
    name,
  };
  return {
    mode: 'cluster',
    ...definedOnly(optional),
    env: keyValueInput(inputs.env),
    envFrom: listInput(inputs.envFrom).map(envSource),
    nodeSelector: keyValueInput(inputs.nodeSelector),
    unschedulableTimeoutMs: durationInput(inputs.unschedulableTimeout, DEFAULT_UNSCHEDULABLE_TIMEOUT_MS),
    keepNamespace: booleanInput(inputs.keepNamespace, false),
    reports: reportsInput(env),
    reportsDir: reportsDirInput(workspace),
    timeoutMs: durationInput(inputs.timeout, DEFAULT_TIMEOUT_MS),
    runName: testRunName(env),
    ...checkedSharding(shardingInputs(workspace), optional),
  };
}

/** The Indexed Job wraps the test command, and appended files need a command or args to go after. */
function checkedSharding<T extends Pick<RunTestsClusterInputs, 'sharding' | 'indexed'>>(
  sharding: T,
  given: { command?: string[]; args?: string[]; jobManifest?: string },
): T {
  if (sharding.indexed && sharding.sharding.rerunFailed) {
    throw new ConfigurationError(
      `Input "${inputs.rerunFailed}" does not work with "${inputs.shards}" (an Indexed Job) yet: run the shards as a matrix (plan-shards' matrix with "${inputs.shard}") to re-run only what failed.`,
    );
  }
  if (given.jobManifest || given.command?.length) return sharding;
  if (sharding.indexed) {
    throw new ConfigurationError(
      `Input "${inputs.shards}" needs "${inputs.command}": each pod's command is wrapped (with /bin/sh) to pick its shard, and the image's own entrypoint is not known here; write e.g. command: npm test.`,
    );
  }
  if (sharding.sharding.appendShardFiles && !given.args?.length) {
    throw new ConfigurationError(
      `Input "${inputs.appendShardFiles}" needs "${inputs.command}" or "${inputs.args}" in cluster mode, for the files to follow; write e.g. args: --reporter junit.`,
    );
  }
  return sharding;
}

/** `plan` with `shard`: this leg's shard in one pod. `shards` (or a plan without `shard`): an Indexed Job. */
function shardingInputs(workspace: string): Pick<RunTestsClusterInputs, 'sharding' | 'indexed'> {
  const sharding = readShardInputs(workspace, true);
  const shardsGiven = stringInput(inputs.shards) !== undefined;
  if (shardsGiven && sharding.shard !== undefined) {
    throw new ConfigurationError(
      `Inputs "${inputs.shards}" and "${inputs.shard}" do not go together: "${inputs.shards}" runs every shard as pods of one Indexed Job, "${inputs.shard}" runs one shard of a matrix leg. Give one of them.`,
    );
  }
  const { plan } = sharding;
  const shards = shardsGiven
    ? integerInput(inputs.shards, 1, 1, MAX_SHARDS)
    : plan && sharding.shard === undefined
      ? plan.of
      : undefined;
  if (plan && shards !== undefined && shards !== plan.of) {
    throw new ConfigurationError(
      `Input "${inputs.shards}" is ${shards}, but the plan has ${plan.of} shard(s); leave "${inputs.shards}" out to run the plan's shards, or plan ${shards}.`,
    );
  }
  if (shards === undefined) {
    if (stringInput(inputs.parallelism) !== undefined) {
      throw new ConfigurationError(
        `Input "${inputs.parallelism}" needs "${inputs.shards}": it says how many pods of the Indexed Job run at once.`,
      );
    }
    return { sharding };
  }
  return {
    sharding,
    indexed: { shards, parallelism: integerInput(inputs.parallelism, shards, 1, shards) },
  };
}

/** An input set to '' turns the reports off; an input not set at all means the default. */
function reportsInput(env: NodeJS.ProcessEnv): string {
  const variable = `INPUT_${inputs.reports.toUpperCase()}`;
  if (env[variable] === undefined) return DEFAULT_REPORTS;
  return stringInput(inputs.reports) ?? '';
}

function envSource(entry: string): EnvSource {
  const match = /^(secret|configmap|configMap)\s*[:/]\s*(\S+)$/.exec(entry);
  if (!match) {
    throw new ConfigurationError(
      `Input "${inputs.envFrom}": ${quoted(entry)} is not secret:NAME or configmap:NAME; write e.g. env-from: secret:api-token.`,
    );
  }
  const name = match[2] as string;
  dnsName(name, inputs.envFrom, 253);
  return { kind: match[1]?.toLowerCase() === 'secret' ? 'secret' : 'configmap', name };
}

function resourcesInput(): V1ResourceRequirements | undefined {
  const value = yamlInput(inputs.resources);
  if (value === undefined || value === null) return undefined;
  const example = 'e.g. {requests: {cpu: 500m, memory: 512Mi}, limits: {memory: 1Gi}}';
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new ConfigurationError(`Input "${inputs.resources}" must be a mapping, ${example}.`);
  }
  const result: V1ResourceRequirements = {};
  for (const [key, quantities] of Object.entries(value)) {
    if (key !== 'requests' && key !== 'limits') {
      throw new ConfigurationError(
        `Input "${inputs.resources}" has "${key}"; only requests and limits are allowed, ${example}.`,
      );
    }
    if (typeof quantities !== 'object' || quantities === null || Array.isArray(quantities)) {
      throw new ConfigurationError(`Input "${inputs.resources}": ${key} must be a mapping, ${example}.`);
    }
    result[key] = Object.fromEntries(
      Object.entries(quantities).map(([name, quantity]) => {
        if (typeof quantity !== 'string' && typeof quantity !== 'number') {
          throw new ConfigurationError(
            `Input "${inputs.resources}": ${key}.${name} must be a quantity such as 500m or 1Gi, ${example}.`,
          );
        }
        return [name, String(quantity)];
      }),
    );
  }
  return result;
}

function dnsName(value: string, input: string, max = 63): void {
  const ok = value.length <= max && value.split(max > 63 ? '.' : '\n').every((part) => DNS_LABEL.test(part));
  if (!ok) {
    throw new ConfigurationError(
      `Input "${input}" is ${quoted(value)}; a Kubernetes name is lower-case letters, digits and "-", ` +
        `at most ${max} characters, starting and ending with a letter or digit.`,
    );
  }
}

function definedOnly<T extends Record<string, unknown>>(
  object: T,
): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(
    Object.entries(object).filter(([, value]) => value !== undefined && value !== ''),
  ) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}
