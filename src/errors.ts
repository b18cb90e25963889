/** A mistake in what the user gave us (an input, a compose file, a config). The message says what to fix. */
export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError';
}

/** A service of an environment failed to start or to become ready; carries its last log lines. */
export class ServiceStartError extends Error {
  override readonly name = 'ServiceStartError';
  constructor(
    readonly service: string,
    readonly reason: string,
    readonly lastLogLines: string,
  ) {
    super(
      `service "${service}" ${reason}` +
        (lastLogLines.trim() ? `\n--- last log lines of "${service}" ---\n${lastLogLines.trimEnd()}` : ''),
    );
  }
}

/** The Docker engine did not answer; says what to start. */
export class EngineUnavailableError extends Error {
  override readonly name = 'EngineUnavailableError';
}

export type CancelSignal = 'SIGINT' | 'SIGTERM';

/** The run was stopped by a signal (Ctrl-C, a cancelled CI job); what it created has been removed. */
export class CancelledError extends Error {
  override readonly name = 'CancelledError';
  constructor(readonly signalName: CancelSignal) {
    super(`cancelled by ${signalName}`);
  }
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The one classification of a failure, for the actions' catch and the CLI's: a mistake of the user's, an
 * engine that is not there or a service that would not start is told by its message alone; anything else
 * is a fault of ours, whose stack trace goes to debug output for the bug report.
 */
export function failureReport(error: unknown): { message: string; stack?: string } {
  const expected =
    error instanceof ConfigurationError ||
    error instanceof EngineUnavailableError ||
    error instanceof ServiceStartError ||
    error instanceof CancelledError;
  const stack = !expected && error instanceof Error ? error.stack : undefined;
  return stack ? { message: errorMessage(error), stack } : { message: errorMessage(error) };
}
