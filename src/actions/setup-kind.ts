import * as core from '@actions/core';
import { connectDocker } from '../docker/client.js';
import { createKindCluster, type KindClusterInfo } from '../kube/kind-cluster.js';
import { installKind, installKubectl, type InstalledTool } from '../kube/tool-install.js';
import { formatDuration } from '../report/format-duration.js';
import { actionsLogger } from './actions-logger.js';
import { ENV_KIND_CLUSTER, ENV_KIND_REGISTRY, SetupKind } from './constants.js';
import type { ActionEntry } from './run-action.js';
import { readSetupKindInputs } from './setup-kind-inputs.js';
import { setupKindPost } from './setup-kind-post.js';

async function main(): Promise<void> {
  const inputs = readSetupKindInputs();
  const { state } = SetupKind;
  // Saved before anything exists, so the post step also deletes a half-made cluster.
  core.saveState(state.cluster, inputs.clusterName);
  core.saveState(state.kubeconfig, inputs.kubeconfig);
  core.saveState(state.keep, String(inputs.keep));
  core.saveState(state.collectOnFailure, inputs.collectLogs);
  if (inputs.matrix) core.saveState(state.matrix, inputs.matrix);
  const docker = await connectDocker();

  const kind = await timedGroup(`Install kind ${inputs.version}`, () =>
    installKind(inputs.version, { logger: actionsLogger }),
  );
  usePath(kind);
  core.saveState(state.kind, kind.path);

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
  });
  const kubectl = await timedGroup('Install kubectl', () =>
    installKubectl(
      { version: inputs.kubectlVersion, serverVersion: cluster.kubernetesVersion },
      { logger: actionsLogger },
    ),
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
  core.saveState(state.mainFinished, 'true');
  if (process.env.GITHUB_STEP_SUMMARY)
    await core.summary.addRaw(clusterMarkdown(cluster, kind, kubectl)).write();
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
  const nodes = cluster.nodes.map((node) => `| ${node.name} | ${node.ready ? 'Ready' : node.detail} |`);
  const phases = cluster.phases.map((phase) => `| ${phase.name} | ${formatDuration(phase.ms)} |`);
  return [
    `### ☸️ kind cluster ${cluster.name}`,
    '',
    `Kubernetes ${cluster.kubernetesVersion}, kind ${kind.version} (${kind.source}), kubectl ${kubectl.version} ` +
      `(${kubectl.source}), context \`${cluster.context}\`` +
      (cluster.registry ? `, local registry \`${cluster.registry.host}\`` : ''),
    '',
    '| Node | Status |',
    '| --- | --- |',
    ...nodes,
    '',
    '| Phase | Time |',
    '| --- | ---: |',
    ...phases,
    '',
  ].join('\n');
}

export const setupKindAction: ActionEntry = { main, post: setupKindPost };
