import { runActionEntry, type ActionEntry } from '../actions/runner/index.js';

/** Each action is imported only when it runs, so an action loads its own dependencies and no other's. */
const actions: Record<string, () => Promise<ActionEntry>> = {
  'setup-docker': async () => (await import('../actions/setup-docker/index.js')).setupDockerAction,
  'build-images': async () => (await import('../actions/build-images/index.js')).buildImagesAction,
  'run-tests': async () => (await import('../actions/run-tests/index.js')).runTestsAction,
  'collect-logs': async () => (await import('../actions/collect-logs/index.js')).collectLogsAction,
  'setup-kind': async () => (await import('../actions/setup-kind/index.js')).setupKindAction,
  'load-images': async () => (await import('../actions/load-images/index.js')).loadImagesAction,
  'plan-shards': async () => (await import('../actions/plan-shards/index.js')).planShardsAction,
  'record-timings': async () => (await import('../actions/record-timings/index.js')).recordTimingsAction,
  pipeline: async () => (await import('../actions/pipeline/index.js')).pipelineAction,
};

/** dist/<action>/index.js names the action to run. */
export async function runAction(name: string): Promise<void> {
  const load = actions[name];
  if (!load) throw new Error(`unknown action ${name}`);
  await runActionEntry(await load());
}
