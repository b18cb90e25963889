import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { testRunName } from '../../kube/test-job/index.js';
import { CollectLogs } from '../constants.js';
import { errorMessage } from '../../errors.js';
import { booleanInput, listInput, stringInput } from '../runner/index.js';

/** collect-logs' Kubernetes inputs; keys match action.yml. */
export interface CollectLogsKubeInputs {
  /** Resolved from `auto`: true when the kubeconfig input, $KUBECONFIG or ~/.kube/config is there. */
  kubernetes: boolean;
  kubeconfig?: string;
  context?: string;
  /** Added to this run's namespaces: `runNamespace` and those labelled with `run`. */
  namespaces: string[];
  /** $INCEPTION_NAMESPACE, which run-tests (cluster mode) exports. */
  runNamespace?: string;
  /** This job's run as run-tests labels its namespaces (io.inception.run). */
  run: string;
  selectors: string[];
  kindCluster?: string;
}

const names = CollectLogs.inputs;

/** Like readCollectLogsInputs: an invalid value is a problem (a warning) and its default is used. */
export function readCollectLogsKubeInputs(env: Record<string, string | undefined> = process.env): {
  inputs: CollectLogsKubeInputs;
  problems: string[];
} {
  const problems: string[] = [];
  const read = <T>(fn: () => T, fallback: T): T => {
    try {
      return fn();
    } catch (error) {
      problems.push(`${errorMessage(error)} Using the default.`);
      return fallback;
    }
  };
  const kubeconfig = read(() => stringInput(names.kubeconfig), undefined);
  const inputs: CollectLogsKubeInputs = {
    kubernetes: read(() => kubernetesInput(kubeconfig, env, problems), false),
    kubeconfig,
    context: read(() => stringInput(names.context), undefined),
    namespaces: read(() => listInput(names.namespaces), []),
    runNamespace: env[CollectLogs.env.namespace]?.trim() || undefined,
    run: testRunName(env),
    selectors: read(selectorsInput, []),
    kindCluster:
      read(() => stringInput(names.kindCluster), undefined) ??
      (env[CollectLogs.env.kindCluster]?.trim() || undefined),
  };
  return { inputs, problems };
}

/** `auto` collects when there is a cluster to talk to: a kubeconfig input, $KUBECONFIG or ~/.kube/config. */
function kubernetesInput(
  kubeconfig: string | undefined,
  env: Record<string, string | undefined>,
  problems: string[],
): boolean {
  const value = stringInput(names.kubernetes)?.toLowerCase() ?? 'auto';
  if (value !== 'auto') {
    try {
      return booleanInput(names.kubernetes, false);
    } catch {
      problems.push(`Input "${names.kubernetes}" is "${value}"; write auto, true or false. Using auto.`);
    }
  }
  const home = env.HOME || os.homedir();
  return (
    kubeconfig !== undefined ||
    Boolean(env[CollectLogs.env.kubeconfig]?.trim()) ||
    existsSync(path.join(home, '.kube', 'config'))
  );
}

/** One selector a line: a selector's own commas mean "and" (`app=api,tier=backend`). */
function selectorsInput(): string[] {
  return (stringInput(names.selectors) ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}
