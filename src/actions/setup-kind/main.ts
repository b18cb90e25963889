import * as core from '@actions/core';
import { connectDocker } from '../../docker/client.js';
import { createKindCluster, type KindClusterInfo } from '../../kube/kind/index.js';
import {
  installKind,
  installKubectl,
  type InstalledTool,
  type InstallOptions,
} from '../../kube/tools/index.js';
import { formatDuration } from '../../shared/format/format-duration.js';
import { actionsLogger } from '../runner/index.js';
import { ENV_KIND_CLUSTER, ENV_KIND_REGISTRY, SetupKind } from '../constants.js';
import { writeJobSummary } from '../runner/index.js';
import { table } from '../../shared/format/markdown.js';
import { setupKindState } from './state.js';
import { readSetupKindInputs, type SetupKindInputs } from './inputs.js';

export async function setupKindMain(signal: AbortSignal): Promise<void> {
  const inputs = readSetupKindInputs();
  const install: InstallOptions = { logger: actionsLogger, actionsCache: inputs.cache };
  if (inputs.installOnly) return installOnly(inputs, install);
  // Saved before anything exists, so the post step also deletes a half-made cluster.
  setupKindState.save({
    cluster: inputs.clusterName,
    kubeconfig: inputs.kubeconfig,
    keep: inputs.keep,
    collect: inputs.collectLogs,
    matrix: inputs.matrix,
  });
  const docker = await connectDocker();

  const kind = await timedGroup(`Install kind ${inputs.version}`, () => installKind(inputs.version, install));
  usePath(kind);
  setupKindState.save({ kind: kind.path });

  const cluster = await createKindCluster({
    docker,
    kind: kind.path,
    name: inputs.clusterName,
    nodeImage: inputs.nodeImage,
    config: inputs.config,
    registry: inputs.registry,
    kubeconfig: inputs.kubeconfig,
    waitMs: inputs.waitMs,
    logger: actionsLogger,
    signal,
  });
  const kubectl = await timedGroup('Install kubectl', () =>
    installKubectl({ version: inputs.kubectlVersion, serverVersion: cluster.kubernetesVersion }, install),
  );
  usePath(kubectl);

  const { outputs } = SetupKind;
  core.setOutput(outputs.kubeconfig, cluster.kubeconfig);
  core.setOutput(outputs.context, cluster.context);
  core.setOutput(outputs.clusterName, cluster.name);
  core.setOutput(outputs.kindVersion, kind.version);
  core.setOutput(outputs.kubernetesVersion, cluster.kubernetesVersion);
  core.setOutput(outputs.registry, cluster.registry?.host ?? '');
  core.exportVariable('KUBECONFIG', cluster.kubeconfig);
  core.exportVariable(ENV_KIND_CLUSTER, cluster.name);
  if (cluster.registry) core.exportVariable(ENV_KIND_REGISTRY, cluster.registry.host);
  await writeJobSummary(clusterMarkdown(cluster, kind, kubectl));
}

/** The tools alone, for steps that make their own clusters; no state is saved, so the post step does nothing. */
async function installOnly(inputs: SetupKindInputs, install: InstallOptions): Promise<void> {
  const kind = await timedGroup(`Install kind ${inputs.version}`, () => installKind(inputs.version, install));
  usePath(kind);
  core.setOutput(SetupKind.outputs.kindVersion, kind.version);
  const version = inputs.kubectlVersion;
  if (version) {
    const kubectl = await timedGroup(`Install kubectl ${version}`, () =>
      installKubectl({ version, serverVersion: version }, install),
    );
    usePath(kubectl);
  }
}

/** A tool that is not on PATH yet is put there for this step's children and for later steps. */
function usePath(tool: InstalledTool): void {
  if (tool.source !== 'preinstalled') core.addPath(tool.dir);
  core.info(`${tool.tool} ${tool.version}: ${tool.path} (${tool.source})`);
}

async function timedGroup<T>(title: string, fn: () => Promise<T>): Promise<T> {
  return core.group(title, async () => {
    const started = Date.now();
    const result = await fn();
    core.info(`${title}: done in ${formatDuration(Date.now() - started)}`);
    return result;
  });
}

export function clusterMarkdown(
  cluster: KindClusterInfo,
  kind: InstalledTool,
  kubectl: InstalledTool,
): string {
  const nodes = cluster.nodes.map((node) => [node.name, node.ready ? 'Ready' : node.detail]);
  const phases = cluster.phases.map((phase) => [phase.name, formatDuration(phase.ms)]);
  return [
    `### ☸️ kind cluster ${cluster.name}`,
    '',
    `Kubernetes ${cluster.kubernetesVersion}, kind ${kind.version} (${kind.source}), kubectl ${kubectl.version} ` +
      `(${kubectl.source}), context \`${cluster.context}\`` +
      (cluster.registry ? `, local registry \`${cluster.registry.host}\`` : ''),
    '',
    table(['Node', 'Status'], nodes),
    '',
    table(['Phase', 'Time'], phases, ['left', 'right']),
    '',
  ].join('\n');
}
