import type { V1ConfigMap, V1Container, V1Job } from '@kubernetes/client-node';
import { ConfigurationError } from '../../../errors.js';
import {
  SHARD_ENV,
  SHARD_FILES_DIR,
  SHARD_FILES_PATH,
  selectionVariables,
  shardFilesText,
  type PlannedShards,
  type TestSelection,
} from '../../../shard/index.js';
import type { PreparedJob } from './prepare.js';

export const SHARD_VOLUME = 'inception-shard';
const SINGLE_KEY = SHARD_FILES_PATH.slice(SHARD_FILES_DIR.length + 1);

/** The pods of one Indexed Job: pod i runs shard i+1 of `plan`, or, without a plan, just learns its number. */
export interface IndexedShards {
  shards: number;
  parallelism: number;
  plan?: PlannedShards;
}

/** What a run selects: one selection for its one pod, or an Indexed Job. */
export interface JobSelection {
  selection?: TestSelection;
  indexed?: IndexedShards;
  /** Appends the files to the test container's args (or its command when it has no args). */
  appendFiles?: boolean;
}

/** The ConfigMap key of shard `n`'s file list in an Indexed Job. */
export function shardKey(shard: number): string {
  return `shard-${shard}.txt`;
}

/**
 * Gives one pod its selection: the variables, the list's file from a ConfigMap (`configMap`, made by the
 * caller from `selectionConfigMap`) and, if asked, the files appended to its arguments.
 */
export function applySelection(prepared: PreparedJob, choice: JobSelection, configMap: string): void {
  const test = testContainer(prepared);
  if (choice.indexed)
    return applyIndexed(prepared.job, test, choice.indexed, choice.appendFiles ?? false, configMap);
  const { selection } = choice;
  if (!selection) return;
  addEnv(test, selectionVariables(selection));
  if (selection.files === undefined) return;
  mountList(prepared.job, test, configMap);
  if (choice.appendFiles) {
    if (test.args?.length || !test.command?.length) test.args = [...(test.args ?? []), ...selection.files];
    else test.command = [...test.command, ...selection.files];
  }
}

/** The ConfigMap holding the file lists, or undefined when the pods need none. */
export function selectionConfigMap(choice: JobSelection, name: string, job: V1Job): V1ConfigMap | undefined {
  let data: Record<string, string> | undefined;
  if (choice.indexed?.plan) {
    const { plan } = choice.indexed;
    data = Object.fromEntries(
      plan.shards.map((shard) => [shardKey(shard.shard), shardFilesText(shard.files)]),
    );
  } else if (!choice.indexed && choice.selection?.files) {
    data = { [SINGLE_KEY]: shardFilesText(choice.selection.files) };
  }
  if (!data) return undefined;
  return {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: {
      name,
      labels: { ...job.metadata?.labels },
      // Goes with the Job, also when only the Job (not the namespace) is deleted.
      ownerReferences: [
        {
          apiVersion: 'batch/v1',
          kind: 'Job',
          name: job.metadata?.name ?? '',
          uid: job.metadata?.uid ?? '',
        },
      ],
    },
    immutable: true,
    data,
  };
}

/**
 * Every pod of the Job runs its own shard: completion index i is shard i+1. A failed pod fails its index
 * alone (backoffLimitPerIndex 0), so the other shards still run to their end and report.
 */
function applyIndexed(
  job: V1Job,
  test: V1Container,
  indexed: IndexedShards,
  appendFiles: boolean,
  configMap: string,
): void {
  if (!test.command?.length) {
    throw new ConfigurationError(
      `Shards in cluster mode wrap the test container's command to pick each pod's shard, but container ${test.name} has none: give "command" (e.g. command: npm test), or a command in your Job manifest. The image needs /bin/sh.`,
    );
  }
  const spec = job.spec as NonNullable<V1Job['spec']>;
  spec.completionMode = 'Indexed';
  spec.completions = indexed.shards;
  spec.parallelism = indexed.parallelism;
  spec.backoffLimitPerIndex = 0;
  // backoffLimit 0 would end the whole Job at the first failed pod; per index is what counts here.
  delete spec.backoffLimit;
  addEnv(test, { [SHARD_ENV.count]: String(indexed.shards) });
  if (indexed.plan) mountList(job, test, configMap);
  test.command = [
    '/bin/sh',
    '-c',
    shardWrapper(Boolean(indexed.plan), appendFiles),
    'inception-shard',
    ...test.command,
    ...(test.args ?? []),
  ];
  delete test.args;
}

/**
 * The pod's shard from JOB_COMPLETION_INDEX; with a plan, its files from the ConfigMap's list, as
 * variables and (when asked) as arguments; a shard without files exits 0 at once. POSIX sh only: the
 * `while read` loop runs in this shell (its input is a redirection, not a pipe), so `set --` sticks.
 */
export function shardWrapper(withPlan: boolean, appendFiles: boolean): string {
  const lines = [
    'i="${JOB_COMPLETION_INDEX:?is not set: this is not a pod of an Indexed Job}"',
    'n=$((i + 1))',
    `export ${SHARD_ENV.shard}="$n"`,
  ];
  if (withPlan) {
    lines.push(
      `f="${SHARD_FILES_DIR}/shard-$n.txt"`,
      `export ${SHARD_ENV.filesPath}="$f"`,
      'files=',
      'if [ -f "$f" ]; then',
      '  while IFS= read -r line || [ -n "$line" ]; do',
      '    [ -n "$line" ] || continue',
      '    files="${files:+$files }$line"',
      ...(appendFiles ? ['    set -- "$@" "$line"'] : []),
      '  done < "$f"',
      'fi',
      `export ${SHARD_ENV.files}="$files"`,
      `if [ -z "$files" ]; then echo "inception: shard $n of $${SHARD_ENV.count} has no test files; nothing to run."; exit 0; fi`,
    );
  }
  lines.push('exec "$@"');
  return lines.join('\n');
}

function mountList(job: V1Job, test: V1Container, configMap: string): void {
  const pod = job.spec?.template?.spec;
  if (!pod) return;
  if (pod.volumes?.some((volume) => volume.name === SHARD_VOLUME)) {
    throw new ConfigurationError(
      `The Job already has a volume named "${SHARD_VOLUME}"; that name is reserved for the shard's file list.`,
    );
  }
  pod.volumes = [...(pod.volumes ?? []), { name: SHARD_VOLUME, configMap: { name: configMap } }];
  test.volumeMounts = [
    ...(test.volumeMounts ?? []),
    { name: SHARD_VOLUME, mountPath: SHARD_FILES_DIR, readOnly: true },
  ];
}

/** Ours come first: a variable the user set on the container wins, as in container mode. */
function addEnv(container: V1Container, variables: Record<string, string>): void {
  const own = new Set((container.env ?? []).map((variable) => variable.name));
  const added = Object.entries(variables)
    .filter(([name]) => !own.has(name))
    .map(([name, value]) => ({ name, value }));
  container.env = [...added, ...(container.env ?? [])];
}

function testContainer(prepared: PreparedJob): V1Container {
  const containers = prepared.job.spec?.template?.spec?.containers ?? [];
  return containers.find((container) => container.name === prepared.testContainer) as V1Container;
}
