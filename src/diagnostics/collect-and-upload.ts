import { mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type Docker from 'dockerode';
import { connectDocker } from '../docker/client.js';
import { errorMessage } from '../errors.js';
import type { Logger } from '../log.js';
import { BundleWriter, defaultArtifactName, uploadDiagnostics } from './bundle/index.js';
import type { DockerDiagnostics, KubeDiagnostics } from './model.js';
import { collectDockerDiagnostics, failureSentence } from './docker/index.js';
import { collectKubernetes, kubeFailureSentence, type KubeCollectRequest } from './kube/index.js';
import { collectTestRuns, failedFirstLines, type TestRunDiagnostics } from './tests/index.js';
import { readTestRunRecords } from '../report/index.js';
import { renderDiagnosticsSummary } from './summary.js';
import { UPLOADED_ARTIFACTS_ENV } from './uploaded-artifacts.js';
import { Redactor } from '../shared/redaction/redactor.js';
import { writeBundleOverview } from './overview.js';

export { UPLOADED_ARTIFACTS_ENV };

export interface CollectAndUploadOptions {
  logger: Logger;
  /** A connected client; one is made from DOCKER_HOST when absent. */
  docker?: Docker;
  /** Collect Docker diagnostics at all (default true). */
  collectDocker?: boolean;
  /** Only this environment; without it every container labelled io.inception.managed=true. */
  environment?: string;
  /** Also collect Kubernetes diagnostics into `kubernetes/` of the same folder (the same artifact). */
  kubernetes?: KubeCollectRequest;
  /** `${{ toJSON(matrix) }}`, for the default artifact name. */
  matrix?: string;
  /** Default: unique per job, matrix leg and attempt (see defaultArtifactName). */
  artifactName?: string;
  /** Starts the default name, so two post steps of one job never upload under the same name. A bundle
   * under the plain default name (collect-logs collects everything) makes this one redundant. */
  artifactPrefix?: string;
  /** Default: `<RUNNER_TEMP or the OS temp dir>/inception-diagnostics/<artifact name>`. */
  path?: string;
  /** Default true; off a runner the upload is skipped anyway. */
  upload?: boolean;
  retentionDays?: number;
  /** Receives the job-summary markdown (the Actions entry appends it to the job summary). */
  writeSummary?: (markdown: string) => Promise<void>;
  env?: Record<string, string | undefined>;
  /**
   * The secrets known so far (inputs marked secret); the collectors add those they learn from what they
   * collect. Nothing that holds one is written, uploaded or summarized.
   */
  redactor?: Redactor;
}

export interface CollectAndUploadResult {
  path: string;
  artifactName: string;
  artifactId?: number;
  artifactSize?: number;
  docker?: DockerDiagnostics;
  kubernetes?: KubeDiagnostics;
  /** This job's test runs, from the records run-tests left. */
  tests: TestRunDiagnostics[];
  summary: string;
  /** True when this job already uploaded an artifact of that name, so nothing was done. */
  skipped?: boolean;
}

/**
 * collect-logs in one call, for the action and for post steps that collect on failure: gather into one
 * folder, upload it as one artifact, hand back the summary. Never throws; diagnostics never fail a job.
 */
export async function collectAndUpload(options: CollectAndUploadOptions): Promise<CollectAndUploadResult> {
  const { logger } = options;
  const env = options.env ?? process.env;
  const artifactName =
    options.artifactName ?? defaultArtifactName(env, options.matrix, options.artifactPrefix);
  const dir = path.resolve(options.path ?? defaultDiagnosticsPath(env, artifactName));
  const result: CollectAndUploadResult = { path: dir, artifactName, tests: [], summary: '' };
  const uploaded = (env[UPLOADED_ARTIFACTS_ENV] ?? '').split('\n');
  const covering = [artifactName, defaultArtifactName(env, options.matrix)].find((name) =>
    uploaded.includes(name),
  );
  if (covering) {
    logger.info(
      `Diagnostics were already uploaded as artifact "${covering}" in this job; not collecting again ` +
        '(give artifact-name to collect a second bundle).',
    );
    return { ...result, skipped: true };
  }
  try {
    // The folder exists (and `path` can be read) even when nothing is collected.
    await mkdir(dir, { recursive: true });
  } catch (error) {
    logger.warn(`Could not create ${dir}: ${errorMessage(error)}`);
  }
  const redactor = options.redactor ?? new Redactor();
  const bundle = new BundleWriter(dir, logger, redactor);
  const records = await readTestRunRecords(env);
  result.tests = await collectTestRuns(records, bundle);
  if (options.collectDocker ?? true) {
    try {
      result.docker = await logger.group('Collect Docker diagnostics', async () => {
        const docker = options.docker ?? (await connectDocker());
        return collectDockerDiagnostics({
          docker,
          environment: options.environment,
          outDir: dir,
          logger,
          redactor,
        });
      });
    } catch (error) {
      logger.warn(`Could not collect diagnostics: ${errorMessage(error)}`);
    }
  }
  const kubernetes = options.kubernetes;
  if (kubernetes) {
    try {
      const testRunNamespaces = records.flatMap((record) => (record.namespace ? [record.namespace] : []));
      result.kubernetes = await logger.group('Collect Kubernetes diagnostics', () =>
        collectKubernetes({ ...kubernetes, testRunNamespaces }, dir, logger, redactor),
      );
    } catch (error) {
      logger.warn(`Could not collect Kubernetes diagnostics: ${errorMessage(error)}`);
    }
  }
  const serviceFailures = [
    ...(result.docker?.firstFailure ? [`service ${failureSentence(result.docker.firstFailure)}`] : []),
    ...(result.kubernetes?.firstFailure ? [kubeFailureSentence(result.kubernetes.firstFailure)] : []),
  ];
  const failedFirst = failedFirstLines(result.tests, serviceFailures);
  const chart = await writeBundleOverview(bundle, {
    title: `Diagnostics ${artifactName}`,
    tests: result.tests,
    docker: result.docker,
    kubernetes: result.kubernetes,
    failedFirst,
    serviceFailures,
    logger,
  });
  if (options.upload ?? true) {
    const uploaded = await logger.group(`Upload diagnostics artifact ${artifactName}`, () =>
      uploadDiagnostics({ name: artifactName, dir, retentionDays: options.retentionDays, logger, env }),
    );
    result.artifactId = uploaded?.id;
    result.artifactSize = uploaded?.size;
  } else {
    logger.info(`upload: false; diagnostics are in ${dir}`);
  }
  result.summary = redactor.redact(
    renderDiagnosticsSummary({
      failedFirst,
      timeline: chart,
      docker: result.docker,
      kubernetes: result.kubernetes,
      artifactName,
      artifactId: result.artifactId,
      path: dir,
    }),
  );
  if (options.writeSummary) {
    try {
      await options.writeSummary(result.summary);
    } catch (error) {
      logger.warn(`Could not write the job summary: ${errorMessage(error)}`);
    }
  }
  return result;
}

function defaultDiagnosticsPath(env: Record<string, string | undefined>, artifactName: string): string {
  return path.join(env.RUNNER_TEMP || os.tmpdir(), 'inception-diagnostics', artifactName);
}
