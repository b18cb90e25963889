export { actionsLogger } from './actions-logger.js';
export {
  atMostItems,
  booleanInput,
  collectPolicyInput,
  durationInput,
  integerInput,
  keyValueInput,
  keyValueLines,
  listInput,
  nameInput,
  quoted,
  requiredInput,
  stringInput,
  yamlInput,
} from './inputs.js';
export type { CollectPolicy } from './inputs.js';
export { isInside, outputFolder, workspacePath } from './workspace-path.js';
export { writeJobSummary } from './job-summary.js';
export { collectThenTearDown } from './post-policy.js';
export { runActionEntry } from './run-action.js';
export type { ActionEntry } from './run-action.js';
export { actionState } from './state.js';
export { environmentNameInput } from './environment-name.js';
export { learnComposeSecrets, learnVariables, readRedactInput, stepSecrets } from './secrets.js';
export { timingsKeyInput } from './timings-key.js';
