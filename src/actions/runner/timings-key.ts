import { ConfigurationError } from '../../errors.js';
import { nameInput } from './inputs.js';

/** The Actions cache takes keys of at most 512 characters; the run id and attempt follow the prefix. */
const MAX_PREFIX_LENGTH = 400;

/**
 * The key prefix of recorded timings (plan-shards and record-timings take the same); undefined when empty.
 * The cache refuses keys with a comma, so a prefix with one is refused here, naming the input.
 */
export function timingsKeyInput(name: string): string | undefined {
  const value = nameInput(name, MAX_PREFIX_LENGTH, 'inception-timings-api');
  if (value !== undefined && value.includes(',')) {
    throw new ConfigurationError(
      `Input "${name}" holds a comma, which the Actions cache does not allow in a key; write e.g. inception-timings-api.`,
    );
  }
  return value;
}
