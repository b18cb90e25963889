import { homedir } from 'node:os';
import { isAbsolute, resolve } from 'node:path';
import type { VolumeMount } from '../../model.js';
import type { ComposeContext } from '../../context.js';
import { parseByteSize } from '../resources/resource-limits.js';
import { isRecord, readBoolean, readList, readRecord, readString } from '../../../values/index.js';

const LONG_FORM_KEYS = ['type', 'source', 'target', 'read_only', 'bind', 'volume', 'tmpfs', 'consistency'];
/** Options of the short form that change nothing for us (SELinux labels, consistency hints); `ro` and
 * `nocopy` are read. */
const HARMLESS_OPTIONS = ['rw', 'cached', 'delegated', 'consistent'];

export interface ServiceVolumes {
  volumes: VolumeMount[];
  /** `type: tmpfs` entries, in the form of the service's `tmpfs:` list. */
  tmpfs: string[];
}

/** `volumes:` of a service: `name:/path[:ro]`, `./rel:/path`, `/abs:/path`, or the long form. */
export function parseServiceVolumes(
  value: unknown,
  path: string,
  ctx: ComposeContext,
  service: string,
): ServiceVolumes {
  const result: ServiceVolumes = { volumes: [], tmpfs: [] };
  readList(value, path, ctx.at).forEach((item, index) => {
    const itemPath = `${path}[${index}]`;
    if (isRecord(item)) parseLongVolume(item, itemPath, ctx, service, result);
    else result.volumes.push(parseShortVolume(readString(item, itemPath, ctx.at), itemPath, ctx));
  });
  return result;
}

function parseShortVolume(text: string, path: string, ctx: ComposeContext): VolumeMount {
  const parts = text.split(':');
  if (parts.length === 1) return mount('', text, false, path, ctx);
  if (parts.length > 3)
    ctx.fail(
      path,
      `"${text}" is not a volume; write "name:/path", "./dir:/path" or "/abs:/path", optionally with ":ro"`,
    );
  const [source, target, options] = parts as [string, string, string | undefined];
  let readOnly = false;
  let noCopy = false;
  for (const option of options?.split(',') ?? []) {
    if (option === 'ro') readOnly = true;
    else if (option === 'nocopy') noCopy = true;
    else if (option === 'z' || option === 'Z')
      ctx.warn(
        path,
        `volume option "${option}" (SELinux relabelling) is not applied: the folder is mounted as it is`,
      );
    else if (!HARMLESS_OPTIONS.includes(option))
      ctx.fail(path, `volume option "${option}" is not supported; use ro or rw`);
  }
  const volume = mount(source, target, readOnly, path, ctx);
  // As compose: `name:/path:nocopy` is the long form's volume.nocopy.
  if (noCopy && volume.type === 'volume') volume.noCopy = true;
  // The short form creates a missing host folder, as the engine's -v does.
  if (volume.type === 'bind') volume.createHostPath = true;
  return volume;
}

function parseLongVolume(
  item: Record<string, unknown>,
  path: string,
  ctx: ComposeContext,
  service: string,
  result: ServiceVolumes,
): void {
  ctx.warnUnknownKeys(item, LONG_FORM_KEYS, path, service);
  const type = item.type === undefined ? undefined : readString(item.type, `${path}.type`, ctx.at);
  if (item.target === undefined) ctx.fail(path, 'the long form needs "target" (the path in the container)');
  const target = readString(item.target, `${path}.target`, ctx.at);
  if (type === 'tmpfs') {
    const options = item.tmpfs === undefined ? {} : readRecord(item.tmpfs, `${path}.tmpfs`, ctx.at);
    const settings: string[] = [];
    if (options.size !== undefined)
      settings.push(`size=${parseByteSize(options.size, ctx.at(`${path}.tmpfs.size`))}`);
    if (options.mode !== undefined) {
      const mode =
        typeof options.mode === 'number'
          ? options.mode.toString(8)
          : readString(options.mode, `${path}.tmpfs.mode`, ctx.at);
      settings.push(`mode=${mode}`);
    }
    result.tmpfs.push(settings.length ? `${target}:${settings.join(',')}` : target);
    return;
  }
  if (type !== undefined && type !== 'volume' && type !== 'bind') {
    ctx.fail(`${path}.type`, `type "${type}" is not supported; use volume, bind or tmpfs`);
  }
  if (item.source === undefined && type === 'bind')
    ctx.fail(path, `the long form of a bind needs "source" (a host path)`);
  const source = item.source === undefined ? '' : readString(item.source, `${path}.source`, ctx.at);
  const readOnly =
    item.read_only === undefined ? false : readBoolean(item.read_only, `${path}.read_only`, ctx.at);
  if (type === 'volume' && source && sourceType(source) !== type)
    ctx.fail(`${path}.source`, `"${source}" does not fit type volume; give a volume name`);
  const volume = mount(source, target, readOnly, path, ctx, type === 'bind');
  const bind = isRecord(item.bind) ? item.bind : {};
  ctx.warnUnknownKeys(bind, ['create_host_path'], `${path}.bind`, service);
  if (bind.create_host_path !== undefined)
    volume.createHostPath = readBoolean(bind.create_host_path, `${path}.bind.create_host_path`, ctx.at);
  const options = isRecord(item.volume) ? item.volume : {};
  ctx.warnUnknownKeys(options, ['nocopy', 'subpath'], `${path}.volume`, service);
  if (options.subpath !== undefined)
    volume.subpath = readString(options.subpath, `${path}.volume.subpath`, ctx.at);
  if (options.nocopy !== undefined)
    volume.noCopy = readBoolean(options.nocopy, `${path}.volume.nocopy`, ctx.at);
  result.volumes.push(volume);
}

function sourceType(source: string): VolumeMount['type'] {
  return source.startsWith('~') || source.startsWith('.') || isAbsolute(source) ? 'bind' : 'volume';
}

function mount(
  source: string,
  target: string,
  readOnly: boolean,
  path: string,
  ctx: ComposeContext,
  bind = false,
): VolumeMount {
  if (!target.startsWith('/')) ctx.fail(path, `the container path "${target}" must be absolute`);
  if (!source) return { type: 'volume', source, target, readOnly };
  if (bind || sourceType(source) === 'bind') {
    const absolute = source.startsWith('~') ? homedir() + source.slice(1) : resolve(ctx.dir, source);
    return { type: 'bind', source: absolute, target, readOnly };
  }
  if (!/^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/.test(source))
    ctx.fail(path, `"${source}" is neither a volume name nor a path`);
  if (!ctx.namedVolumes.has(source)) {
    ctx.fail(
      path,
      `volume "${source}" is not declared under the top-level "volumes:"; add "${source}:" there, or write "./${source}" to mount a folder`,
    );
  }
  return { type: 'volume', source, target, readOnly };
}
