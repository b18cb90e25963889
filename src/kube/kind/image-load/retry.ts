import { ConfigurationError, errorMessage } from '../../../errors.js';
import type { Logger } from '../../../log.js';

export interface RetryOptions {
  /** Attempts after the first. */
  retries: number;
  /** Delay before the first retry; doubled for each further one. */
  backoffMs: number;
  logger: Logger;
}

/** Runs `fn`, retrying failures that may pass (not a ConfigurationError) with exponential backoff. */
export async function withRetries<T>(
  what: string,
  options: RetryOptions,
  fn: (attempt: number) => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn(attempt);
    } catch (error) {
      if (error instanceof ConfigurationError || attempt > options.retries) throw error;
      const delay = options.backoffMs * 2 ** (attempt - 1);
      options.logger.warn(
        `${what} failed (attempt ${attempt} of ${options.retries + 1}): ${errorMessage(error)}; retrying in ${delay}ms`,
      );
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}
