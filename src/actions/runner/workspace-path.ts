import path from 'node:path';
import { ConfigurationError } from '../../errors.js';
import { quoted } from './inputs.js';

/** True when `target` is `folder` or lies below it (by path, before symlinks). */
export function isInside(folder: string, target: string): boolean {
  const relative = path.relative(path.resolve(folder), path.resolve(target));
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * A path input that names something of the repository: resolved against the workspace and refused when it
 * leads out of it (`../../etc`, `/etc/passwd`). `example` shows the form to write.
 */
export function workspacePath(value: string, workspace: string, input: string, example: string): string {
  const resolved = path.resolve(workspace, value);
  if (!isInside(workspace, resolved)) {
    throw new ConfigurationError(
      `Input "${input}" is ${quoted(value)}, which is outside the workspace ${workspace}; ` +
        `give a path inside your repository, relative to its root, e.g. ${input}: ${example}.`,
    );
  }
  return resolved;
}

/** A folder we write into: inside the workspace or the runner's temp folder. */
export function outputFolder(value: string, workspace: string, input: string, example: string): string {
  const resolved = path.resolve(workspace, value);
  const temp = process.env.RUNNER_TEMP;
  if (!isInside(workspace, resolved) && !(temp && isInside(temp, resolved))) {
    throw new ConfigurationError(
      `Input "${input}" is ${quoted(value)}, which is outside the workspace ${workspace}` +
        `${temp ? ` and $RUNNER_TEMP (${temp})` : ''}; give a folder relative to the workspace, e.g. ${input}: ${example}.`,
    );
  }
  return resolved;
}
