import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { HelmRelease } from '../../config/inception/index.js';
import { ConfigurationError } from '../../errors.js';
import type { Logger } from '../../log.js';
import { ProgramNotFoundError, runProgram, runProgramChecked } from '../../shared/process/run-command.js';
import { substitutePlaceholders } from './manifests.js';

/** The helm executable: $HELM, else helm on PATH. */
export const helmBinary = () => process.env.HELM || 'helm';

/** Which cluster and namespace helm talks to. */
export interface HelmTarget {
  /** The helm executable. */
  helm: string;
  namespace: string;
  /** Absent: helm's own default ($KUBECONFIG, ~/.kube/config). */
  kubeconfig?: string;
  context?: string;
}

function targetArgs(target: HelmTarget): string[] {
  return [
    '--namespace',
    target.namespace,
    ...(target.kubeconfig ? ['--kubeconfig', target.kubeconfig] : []),
    ...(target.context ? ['--kube-context', target.context] : []),
  ];
}

/** helm splits `--set` on commas; a value's own commas (a list of hosts) stay in the value. */
function setArg(key: string, value: string): string {
  return `${key}=${value.replace(/\\/g, '\\\\').replace(/,/g, '\\,')}`;
}

/** `helm upgrade --install --wait`: installs the release or upgrades it to this chart and these values. */
export function helmUpgradeArgs(
  release: HelmRelease,
  target: HelmTarget,
  valuesFiles: string[],
  set: Record<string, string>,
  timeoutMs: number,
): string[] {
  return [
    'upgrade',
    '--install',
    release.release,
    release.chart,
    ...targetArgs(target),
    ...(release.version ? ['--version', release.version] : []),
    ...valuesFiles.flatMap((file) => ['--values', file]),
    ...Object.entries(set).flatMap(([key, value]) => ['--set', setArg(key, value)]),
    '--wait',
    '--timeout',
    `${Math.ceil(timeoutMs / 1000)}s`,
  ];
}

export function helmUninstallArgs(release: string, target: HelmTarget): string[] {
  return ['uninstall', release, ...targetArgs(target), '--wait', '--ignore-not-found'];
}

async function helmCanRun(helm: string): Promise<boolean> {
  const found = await runProgram(helm, ['version', '--short']).catch((error: unknown) => {
    if (error instanceof ProgramNotFoundError) return undefined;
    throw error;
  });
  return found?.exitCode === 0;
}

/** Per helm executable: the early check of `up` and every release's install or uninstall run it once. */
const helmChecks = new Map<string, Promise<boolean>>();

function cachedHelmCanRun(helm: string): Promise<boolean> {
  const cached = helmChecks.get(helm);
  if (cached) return cached;
  const check = helmCanRun(helm);
  helmChecks.set(helm, check);
  // Only a working helm is remembered: one installed after a failed check is found by the next step.
  const forget = () => helmChecks.delete(helm);
  check.then((canRun) => canRun || forget(), forget);
  return check;
}

/** Says which step needs helm and how to get it, instead of ENOENT. */
export async function requireHelm(helm: string, step: string): Promise<void> {
  if (!(await cachedHelmCanRun(helm))) {
    throw new ConfigurationError(
      `${step} installs a Helm chart, but helm ("${helm}") cannot be run: install helm 3 ` +
        '(https://helm.sh/docs/intro/install/, or `go install helm.sh/helm/v3/cmd/helm@latest`) and put it ' +
        'on PATH, set HELM to its path, or deploy manifests instead.',
    );
  }
}

export interface HelmInstallOptions {
  release: HelmRelease;
  target: HelmTarget;
  /** The images' placeholders and refs, for values files and `set`. */
  placeholders: Record<string, string>;
  /** Where the values files with their placeholders replaced are written. */
  workDir: string;
  timeoutMs: number;
  /** Names the deploy step in errors: `cluster.deploy[2]`. */
  step: string;
  logger: Logger;
  signal?: AbortSignal;
}

/** Installs or upgrades the release and waits (helm's --wait) until its workloads are ready. */
export async function installHelmRelease(options: HelmInstallOptions): Promise<void> {
  const { release, target, placeholders, step, logger } = options;
  await requireHelm(target.helm, step);
  if (path.isAbsolute(release.chart) && !existsSync(release.chart)) {
    throw new ConfigurationError(`${step}: chart ${release.chart} not found: check helm.chart.`);
  }
  await mkdir(options.workDir, { recursive: true });
  const valuesFiles = await Promise.all(
    release.values.map(async (file, index) => {
      if (!existsSync(file)) throw new ConfigurationError(`${step}: values file ${file} not found.`);
      const written = path.join(options.workDir, `${release.release}-values-${index}.yaml`);
      const text = substitutePlaceholders(await readFile(file, 'utf8'), placeholders, file);
      await writeFile(written, text);
      return written;
    }),
  );
  const set = Object.fromEntries(
    Object.entries(release.set).map(([key, value]) => [
      key,
      substitutePlaceholders(value, placeholders, `${step}.helm.set.${key}`),
    ]),
  );
  await runProgramChecked(
    target.helm,
    helmUpgradeArgs(release, target, valuesFiles, set, options.timeoutMs),
    { onOutput: (chunk) => logger.output(chunk), signal: options.signal },
  );
  logger.info(`helm release ${release.release} (${release.chart}) ready in ${target.namespace}`);
}

/** `helm uninstall`; a release already gone is fine. */
export async function uninstallHelmRelease(
  release: string,
  target: HelmTarget,
  logger: Logger,
): Promise<void> {
  await requireHelm(target.helm, `helm release ${release}`);
  await runProgramChecked(target.helm, helmUninstallArgs(release, target), {
    onOutput: (chunk) => logger.output(chunk),
  });
}
