export { deleteTestJob } from './cleanup.js';
export { DEFAULT_UNSCHEDULABLE_TIMEOUT_MS } from './options.js';
export type { EnvSource, PlannedTestJob, ShardJobResult, TestJobRunResult } from './options.js';
export type { IndexedShards, JobSelection } from './manifest/shard-selection.js';
export { runTestJob } from './run.js';
export { ContainerLogFollower } from './watch/log-follow.js';
export { testRunName, testRunSelector } from './manifest/labels.js';
