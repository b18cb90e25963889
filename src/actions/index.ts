import '../esm-shim.js';
import { buildImagesAction } from './build-images.js';
import { collectLogsAction } from './collect-logs.js';
import { runActionEntry, type ActionEntry } from './run-action.js';
import { runTestsAction } from './run-tests.js';
import { setupDockerAction } from './setup-docker.js';
import { setupKindAction } from './setup-kind.js';
import { loadImagesAction } from './load-images.js';

const actions: Record<string, ActionEntry> = {
  'setup-docker': setupDockerAction,
  'build-images': buildImagesAction,
  'run-tests': runTestsAction,
  'collect-logs': collectLogsAction,
  'setup-kind': setupKindAction,
  'load-images': loadImagesAction,
};

/** Every action shares one bundle; its dist/<action>/index.js names which entry to run. */
export async function runAction(name: string): Promise<void> {
  const entry = actions[name];
  if (!entry) throw new Error(`unknown action ${name}`);
  await runActionEntry(entry);
}

export { runCli } from '../cli/main.js';
