import { resolve } from 'node:path';
import type { BuildSpec } from '../../model.js';
import type { ComposeContext } from '../../context.js';
import { readKeyValues, readRecord, readString } from '../../../values/index.js';

const KEYS = ['context', 'dockerfile', 'args', 'target'];

/** `build: ./dir` or `build: { context, dockerfile, args, target }`; the context becomes absolute. */
export function parseBuild(value: unknown, path: string, ctx: ComposeContext, service: string): BuildSpec {
  if (typeof value === 'string')
    return { context: readContext(value, path, ctx), dockerfile: 'Dockerfile', args: {} };
  const record = readRecord(value, path, ctx.at);
  ctx.warnUnknownKeys(record, KEYS, path, service);
  const build: BuildSpec = {
    context: readContext(
      record.context === undefined ? '.' : readString(record.context, `${path}.context`, ctx.at),
      `${path}.context`,
      ctx,
    ),
    dockerfile:
      record.dockerfile === undefined
        ? 'Dockerfile'
        : readString(record.dockerfile, `${path}.dockerfile`, ctx.at),
    args: record.args === undefined ? {} : readKeyValues(record.args, `${path}.args`, ctx.at, ctx.env),
  };
  if (record.target !== undefined) build.target = readString(record.target, `${path}.target`, ctx.at);
  return build;
}

function readContext(context: string, path: string, ctx: ComposeContext): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(context) || context.startsWith('git@')) {
    ctx.fail(
      path,
      `a remote build context ("${context}") is not supported; clone it and point "context" at the folder`,
    );
  }
  return resolve(ctx.dir, context);
}
