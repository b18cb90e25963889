import type { ServiceHook } from '../../model.js';
import type { ComposeContext } from '../../context.js';
import { readBoolean, readKeyValues, readList, readRecord, readString } from '../../../values/index.js';
import { parseCommand } from './command.js';

/** One command run in a running container: `post_start`, `pre_stop` and `develop.watch[].exec` entries. */
export function parseHook(value: unknown, path: string, ctx: ComposeContext): ServiceHook {
  const raw = readRecord(value, path, ctx.at);
  const at = (key: string) => `${path}.${key}`;
  if (raw.command === undefined || raw.command === null)
    ctx.fail(at('command'), 'give the command to run, e.g. command: ["npm", "run", "build"]');
  const hook: ServiceHook = {
    command: parseCommand(raw.command, at('command'), ctx),
    privileged: raw.privileged != null ? readBoolean(raw.privileged, at('privileged'), ctx.at) : false,
    environment: raw.environment != null ? readKeyValues(raw.environment, at('environment'), ctx.at) : {},
  };
  if (hook.command.length === 0) ctx.fail(at('command'), 'the command is empty; give the command to run');
  if (raw.user != null) hook.user = readString(raw.user, at('user'), ctx.at);
  if (raw.working_dir != null) hook.workingDir = readString(raw.working_dir, at('working_dir'), ctx.at);
  return hook;
}

/** `post_start` / `pre_stop`: a list of hooks, each run in the container in order. */
export function parseHooks(value: unknown, path: string, ctx: ComposeContext): ServiceHook[] {
  return readList(value, path, ctx.at).map((entry, index) => parseHook(entry, `${path}[${index}]`, ctx));
}
