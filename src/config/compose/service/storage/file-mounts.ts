import type { FileMount } from '../../model.js';
import type { ComposeContext } from '../../context.js';
import { isRecord, readInteger, readList, readString } from '../../../values/index.js';

/** A service's `secrets:` (at /run/secrets/<name> unless a target is given) or `configs:` (at /<name>). */
export function parseFileMounts(
  value: unknown,
  path: string,
  ctx: ComposeContext,
  kind: 'secrets' | 'configs',
  declared: readonly string[],
): FileMount[] {
  return readList(value, path, ctx.at).map((item, index) => {
    const itemPath = `${path}[${index}]`;
    const record: Record<string, unknown> = isRecord(item) ? item : { source: item };
    const source = readString(record.source, isRecord(item) ? `${itemPath}.source` : itemPath, ctx.at);
    if (!declared.includes(source))
      ctx.fail(
        itemPath,
        `${kind.slice(0, -1)} "${source}" is not declared under the top-level "${kind}:"; declare it with a file, environment${kind === 'configs' ? ' or content' : ''}`,
      );
    const written =
      record.target === undefined ? undefined : readString(record.target, `${itemPath}.target`, ctx.at);
    const target =
      kind === 'secrets'
        ? written === undefined
          ? `/run/secrets/${source}`
          : written.startsWith('/')
            ? written
            : `/run/secrets/${written}`
        : (written ?? `/${source}`);
    const mount: FileMount = { source, target };
    for (const key of ['uid', 'gid'] as const) {
      if (record[key] === undefined) continue;
      if (typeof record[key] === 'number')
        ctx.fail(
          `${itemPath}.${key}`,
          `${key} must be a string, as compose reads it: quote it ("${record[key]}")`,
        );
      const id = readString(record[key], `${itemPath}.${key}`, ctx.at);
      if (!/^\d+$/.test(id))
        ctx.fail(
          `${itemPath}.${key}`,
          `${key} "${id}" must be a number (the engine sets the file's owner by id)`,
        );
      mount[key] = id;
    }
    if (record.mode !== undefined)
      mount.mode = readInteger(record.mode, `${itemPath}.mode`, ctx.at, 0, 0o7777);
    return mount;
  });
}
