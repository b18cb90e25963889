import * as core from '@actions/core';
import type { Logger } from '../../log.js';

/** Logger for the Actions runner: groups fold in the log, warnings and errors become annotations. */
export const actionsLogger: Logger = {
  info: (message) => core.info(message),
  warn: (message) => core.warning(message),
  error: (message) => core.error(message),
  debug: (message) => core.debug(message),
  group: (title, fn) => core.group(title, fn),
  output: (chunk) => {
    process.stdout.write(chunk);
  },
};
