import * as k8s from '@kubernetes/client-node';
import { existsSync } from 'node:fs';
import { ConfigurationError, errorMessage } from '../errors.js';
import type { KubeCallLimits } from './call-limits.js';

export interface KubeClients {
  config: k8s.KubeConfig;
  core: k8s.CoreV1Api;
  batch: k8s.BatchV1Api;
  apps: k8s.AppsV1Api;
  /** Context in use, for messages. */
  context: string;
  /** Set by `limitKubeCalls`: the bounds every call through these clients has, log reads included. */
  limits?: KubeCallLimits;
}

/** Clients for the cluster a kubeconfig names: the given file, else $KUBECONFIG, else ~/.kube/config,
 * else the in-cluster service account. Nothing here is kind-specific. */
export function loadKubeClients(options: { kubeconfig?: string; context?: string } = {}): KubeClients {
  const config = new k8s.KubeConfig();
  try {
    if (options.kubeconfig) {
      if (!existsSync(options.kubeconfig)) {
        throw new ConfigurationError(
          `kubeconfig ${options.kubeconfig} does not exist: point it at your cluster's kubeconfig.`,
        );
      }
      config.loadFromFile(options.kubeconfig);
    } else {
      config.loadFromDefault();
    }
  } catch (error) {
    if (error instanceof ConfigurationError) throw error;
    throw new ConfigurationError(`cannot read the kubeconfig: ${errorMessage(error)}`);
  }
  if (options.context) {
    if (!config.getContextObject(options.context)) {
      const known = config.getContexts().map((context) => context.name);
      throw new ConfigurationError(
        `kubeconfig has no context "${options.context}"; it has: ${known.join(', ') || 'none'}`,
      );
    }
    config.setCurrentContext(options.context);
  }
  if (!config.getCurrentCluster()) {
    throw new ConfigurationError('no cluster in the kubeconfig: run setup-kind first, or pass a kubeconfig.');
  }
  return {
    config,
    core: config.makeApiClient(k8s.CoreV1Api),
    batch: config.makeApiClient(k8s.BatchV1Api),
    apps: config.makeApiClient(k8s.AppsV1Api),
    context: config.getCurrentContext(),
  };
}
