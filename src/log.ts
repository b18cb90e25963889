/** Where the library reports progress. The Actions logger maps groups and annotations to workflow commands;
 * the terminal logger prints with timestamps. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
  debug(message: string): void;
  /** Runs `fn` inside a collapsible section named `title`. */
  group<T>(title: string, fn: () => Promise<T>): Promise<T>;
  /** Raw output of a child process or container, passed through as is. */
  output(chunk: string): void;
}

export const silentLogger: Logger = {
  info: () => {},
  warn: () => {},
  error: () => {},
  debug: () => {},
  group: (_title, fn) => fn(),
  output: () => {},
};

/** The same logger with its groups written as a line each: for work that runs inside an open group, since
 * the runner's groups do not nest. */
export function inlineGroups(logger: Logger): Logger {
  return {
    info: (message) => logger.info(message),
    warn: (message) => logger.warn(message),
    error: (message) => logger.error(message),
    debug: (message) => logger.debug(message),
    output: (chunk) => logger.output(chunk),
    group: (title, fn) => {
      logger.info(title);
      return fn();
    },
  };
}
