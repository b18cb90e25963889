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
