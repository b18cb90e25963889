import type { V1ResourceRequirements } from '@kubernetes/client-node';
import type { Logger } from '../../log.js';
import type { JUnitSummary } from '../../report/index.js';
import type { TestResult } from '../../report/index.js';
import type { JobSelection } from './manifest/shard-selection.js';

/** A Secret or ConfigMap whose keys all become variables of the test container. */
export interface EnvSource {
  kind: 'secret' | 'configmap';
  name: string;
}

/** What the Job is made of: given field by field, or the user's own Job manifest file. */
export interface TestJobSpec {
  /** Required unless `manifestFile` is given; also the keeper's image (it needs `sh` and `tar`). */
  image?: string;
  /** Replaces the image ENTRYPOINT (Kubernetes `command`). */
  command?: string[];
  /** Replaces the image CMD (Kubernetes `args`). */
  args?: string[];
  env?: Record<string, string>;
  envFrom?: EnvSource[];
  serviceAccount?: string;
  resources?: V1ResourceRequirements;
  nodeSelector?: Record<string, string>;
  workingDir?: string;
  /** Extra labels on the Job and its pod. */
  labels?: Record<string, string>;
  /** A YAML file holding a batch/v1 Job; the fields above, except `labels`, are then ignored. */
  manifestFile?: string;
  /** The test container of `manifestFile`; its first container when absent. */
  testContainer?: string;
}

export interface TestJobOptions extends TestJobSpec {
  /** An existing namespace to run in; by default a new one per run, `inception-<run>-<random>`. */
  namespace?: string;
  /** Names the run in the namespace and the `io.inception.run` label, e.g. the GitHub run id. */
  runName?: string;
  /** Job name; `inception-tests` by default (a user manifest's own name wins unless this is given). */
  name?: string;
  /** The Job's activeDeadlineSeconds; a user manifest's own deadline wins when it is shorter. */
  timeoutMs: number;
  /** How long the pod may stay unschedulable before the run fails; 2 minutes by default. */
  unschedulableTimeoutMs?: number;
  /** JUnit reports in the test container: a path or glob; '' collects none (and adds no keeper). */
  reports: string;
  /** Folder on this machine the reports are copied into. */
  reportsDir: string;
  /** Called with where the run will live just before anything is created, so a caller can record it
   * (a run cancelled or killed at any moment after is still found and deleted). */
  onPlanned?: (planned: PlannedTestJob) => Promise<void> | void;
  /** Which tests the pod runs (a shard, a re-run's files), or an Indexed Job of shards. */
  selection?: JobSelection;
  logger: Logger;
}

/** One shard of an Indexed Job. */
export interface ShardJobResult {
  shard: number;
  result: JobTestResult;
  exitCode: number | null;
  durationMs: number;
  reports: string[];
  summary?: JUnitSummary;
  message: string;
  podName?: string;
}

export type JobTestResult = TestResult | 'error';

export interface TestJobRunResult {
  /** `error`: the tests never ran to an end (image, scheduling, configuration, cluster). */
  result: JobTestResult;
  /** The test container's exit code; null when it never terminated. */
  exitCode: number | null;
  durationMs: number;
  /** Paths of the copied reports on this machine. */
  reports: string[];
  summary?: JUnitSummary;
  /** One sentence on the outcome, naming the reason when the tests did not run to an end. */
  message: string;
  namespace: string;
  jobName: string;
  /** The test pod (the last one when there were several). */
  podName?: string;
  podNames: string[];
  /** True when the namespace was made for this run; `deleteTestJob` then deletes all of it. */
  createdNamespace: boolean;
  /** An Indexed Job: each shard's own outcome. */
  shards?: ShardJobResult[];
}

export interface PlannedTestJob {
  namespace: string;
  jobName: string;
  /** True when the namespace is made for this run, and so deleted with it. */
  createdNamespace: boolean;
}

export const DEFAULT_JOB_NAME = 'inception-tests';
export const DEFAULT_UNSCHEDULABLE_TIMEOUT_MS = 2 * 60_000;
