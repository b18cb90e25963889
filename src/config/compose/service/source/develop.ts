import { isAbsolute, posix } from 'node:path';
import type { WatchAction, WatchRule } from '../../model.js';
import type { ComposeContext } from '../../context.js';
import { readBoolean, readList, readRecord, readString, readStringOrList } from '../../../values/index.js';
import { parseHook } from '../execution/hooks.js';

const ACTIONS: readonly WatchAction[] = ['rebuild', 'sync', 'restart', 'sync+restart', 'sync+exec'];

/** `develop.watch`: the rules `inception test --watch` follows. Paths are absolute by now (files/paths.ts). */
export function parseDevelop(
  value: unknown,
  path: string,
  ctx: ComposeContext,
  service: string,
): WatchRule[] {
  if (value === null) return [];
  const develop = readRecord(value, path, ctx.at);
  if (develop.watch === undefined || develop.watch === null) return [];
  return readList(develop.watch, `${path}.watch`, ctx.at).map((entry, index) =>
    parseRule(entry, `${path}.watch[${index}]`, ctx, service),
  );
}

function parseRule(value: unknown, path: string, ctx: ComposeContext, service: string): WatchRule {
  const raw = readRecord(value, path, ctx.at);
  const at = (key: string) => `${path}.${key}`;
  const has = (key: string) => raw[key] !== undefined && raw[key] !== null;
  for (const key of ['path', 'action'])
    if (!has(key))
      ctx.fail(path, `a watch rule needs "${key}"; give path and action (${ACTIONS.join(', ')})`);
  const action = readString(raw.action, at('action'), ctx.at) as WatchAction;
  if (!ACTIONS.includes(action))
    ctx.fail(at('action'), `action "${action}" is not one of ${ACTIONS.join(', ')}`);
  const rule: WatchRule = {
    path: readString(raw.path, at('path'), ctx.at),
    action,
    ignore: has('ignore') ? readStringOrList(raw.ignore, at('ignore'), ctx.at) : [],
    include: has('include') ? readStringOrList(raw.include, at('include'), ctx.at) : [],
    initialSync: has('initial_sync') ? readBoolean(raw.initial_sync, at('initial_sync'), ctx.at) : false,
  };
  if (has('target')) rule.target = readString(raw.target, at('target'), ctx.at);
  if (rule.target === undefined && action !== 'rebuild' && action !== 'restart') {
    // compose-go refuses it with the same words.
    ctx.fail(
      at('target'),
      `services.${service}.develop.watch: target is required for non-rebuild actions; ` +
        `give the folder in the container that ${action} copies ${rule.path} to`,
    );
  }
  if (rule.target !== undefined && !posix.isAbsolute(rule.target))
    ctx.fail(
      at('target'),
      `target "${rule.target}" is not an absolute path in the container; start it with /`,
    );
  if (!isAbsolute(rule.path)) ctx.fail(at('path'), `path "${rule.path}" did not resolve to an absolute path`);
  if (action === 'sync+exec') {
    if (!has('exec'))
      ctx.fail(at('exec'), 'action sync+exec needs exec: { command: ... }, the command to run');
    rule.exec = parseHook(raw.exec, at('exec'), ctx);
  } else if (has('exec')) {
    ctx.warn(at('exec'), `service "${service}": exec is only run by action sync+exec, not ${action}`);
  }
  return rule;
}
