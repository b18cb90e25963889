import { validateEnvironmentName } from '../../docker/environment/index.js';
import { nameInput } from './inputs.js';

/** setup-docker's and the root action's `environment-name`: a Docker name; undefined: one is generated. */
export function environmentNameInput(input: string): string | undefined {
  const name = nameInput(input, 63, 'orders-tests');
  return name === undefined ? undefined : validateEnvironmentName(name, `Input "${input}"`);
}
