import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigurationError } from '../../errors.js';
import { defaultClusterName, validateClusterName } from '../../kube/kind/index.js';
import { parseNodeLabels, parsePortMapping, type GeneratedKindConfig } from '../../kube/kind/index.js';
import { requireVersion } from '../../kube/tools/index.js';
import { SetupKind } from '../constants.js';
import {
  booleanInput,
  collectPolicyInput,
  type CollectPolicy,
  durationInput,
  integerInput,
  listInput,
  nameInput,
  quoted,
  stringInput,
  workspacePath,
  yamlInput,
} from '../runner/index.js';

export const DEFAULT_KIND_VERSION = 'v0.29.0';
export const DEFAULT_REGISTRY_IMAGE = 'registry:2';
const DEFAULT_WAIT_MS = 5 * 60_000;
/** Each node is a container running a kubelet: more than this does not fit on one runner. */
const MAX_WORKERS = 20;

export interface SetupKindInputs {
  version: string;
  nodeImage?: string;
  kubectlVersion?: string;
  clusterName: string;
  config: { file: string } | { generate: GeneratedKindConfig };
  /** Absent: no registry; port absent: a free one. */
  registry?: { image: string; port?: number };
  waitMs: number;
  kubeconfig: string;
  keep: boolean;
  collectLogs: CollectPolicy;
  matrix?: string;
  /** Install kind (and kubectl when its version is given), create no cluster. */
  installOnly: boolean;
  /** Keep downloaded tools in the Actions cache. */
  cache: boolean;
}

const { inputs } = SetupKind;
const GENERATOR_INPUTS = [inputs.workers, inputs.nodeLabels, inputs.extraPortMappings];

export function readSetupKindInputs(env: NodeJS.ProcessEnv = process.env): SetupKindInputs {
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const clusterName = validateClusterName(
    nameInput(inputs.clusterName, 50, 'integration') ?? defaultClusterName(env),
    `Input "${inputs.clusterName}"`,
  );
  const kubectlVersion = nameInput(inputs.kubectlVersion, 32, 'v1.33.1');
  const kubeconfig = stringInput(inputs.kubeconfig);
  return {
    version: requireVersion(
      nameInput(inputs.version, 32, DEFAULT_KIND_VERSION) ?? DEFAULT_KIND_VERSION,
      `Input "${inputs.version}"`,
    ),
    nodeImage: nameInput(inputs.nodeImage, 255, 'kindest/node:v1.33.1'),
    kubectlVersion:
      kubectlVersion === undefined
        ? undefined
        : requireVersion(kubectlVersion, `Input "${inputs.kubectlVersion}"`),
    clusterName,
    config: readConfig(workspace),
    registry: readRegistry(),
    waitMs: durationInput(inputs.wait, DEFAULT_WAIT_MS),
    kubeconfig: kubeconfig
      ? path.resolve(workspace, kubeconfig)
      : path.join(env.RUNNER_TEMP || os.tmpdir(), `kind-${clusterName}.kubeconfig`),
    keep: booleanInput(inputs.keep, false),
    collectLogs: collectPolicyInput(inputs.collectOnFailure),
    matrix: stringInput(inputs.matrix),
    installOnly: booleanInput(inputs.installOnly, false),
    cache: booleanInput(inputs.cache, true),
  };
}

function readConfig(workspace: string): SetupKindInputs['config'] {
  const file = stringInput(inputs.config);
  if (file) {
    const given = GENERATOR_INPUTS.filter((name) => stringInput(name) !== undefined);
    if (given.length > 0) {
      throw new ConfigurationError(
        `Give either "${inputs.config}" (your kind config file) or ${given.map((name) => `"${name}"`).join(', ')}, ` +
          'not both: put the nodes, labels and port mappings into your config file.',
      );
    }
    const resolved = workspacePath(file, workspace, inputs.config, 'ci/kind.yaml');
    if (!existsSync(resolved))
      throw new ConfigurationError(`Input "${inputs.config}": ${resolved} does not exist.`);
    return { file: resolved };
  }
  return {
    generate: {
      workers: integerInput(inputs.workers, 0, 0, MAX_WORKERS),
      nodeLabels: parseNodeLabels(yamlInput(inputs.nodeLabels), `Input "${inputs.nodeLabels}"`),
      extraPortMappings: listInput(inputs.extraPortMappings).map((item) =>
        parsePortMapping(item, `Input "${inputs.extraPortMappings}"`),
      ),
    },
  };
}

function readRegistry(): SetupKindInputs['registry'] {
  const value = stringInput(inputs.registry)?.toLowerCase() ?? 'false';
  const image = nameInput(inputs.registryImage, 255, DEFAULT_REGISTRY_IMAGE) ?? DEFAULT_REGISTRY_IMAGE;
  if (['false', 'no', 'off', '0'].includes(value)) return undefined;
  if (['true', 'yes', 'on'].includes(value)) return { image };
  const port = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new ConfigurationError(
      `Input "${inputs.registry}" is ${quoted(value)}; write true (a free port), false, or the host port to publish it on (e.g. 5001).`,
    );
  }
  return { image, port };
}
