import { homedir } from 'node:os';
import { isAbsolute, resolve } from 'node:path';
import { isRecord } from '../../values/index.js';

const REMOTE = /^([a-z][a-z0-9+.-]*:\/\/|git@)/i;

/** Relative paths of one file's raw model made absolute against `dir`, as compose resolves them while
 * loading: build contexts, env files, bind sources, extends files, label files, watch paths, secret and config files. */
export function resolveRelativePaths(top: Record<string, unknown>, dir: string): void {
  const absolute = (path: string) =>
    path.startsWith('~') ? homedir() + path.slice(1) : isAbsolute(path) ? path : resolve(dir, path);
  if (isRecord(top.services)) {
    for (const service of Object.values(top.services)) {
      if (isRecord(service)) resolveService(service, absolute);
    }
  }
  for (const section of ['secrets', 'configs']) {
    const entries = top[section];
    if (!isRecord(entries)) continue;
    for (const entry of Object.values(entries)) {
      if (isRecord(entry) && typeof entry.file === 'string') entry.file = absolute(entry.file);
    }
  }
}

function resolveService(service: Record<string, unknown>, absolute: (path: string) => string): void {
  const build = service.build;
  if (typeof build === 'string' && !REMOTE.test(build)) service.build = absolute(build);
  if (isRecord(build) && !REMOTE.test(String(build.context ?? '.')))
    build.context = absolute(String(build.context ?? '.'));
  const envFile = service.env_file;
  if (typeof envFile === 'string') service.env_file = absolute(envFile);
  if (Array.isArray(envFile)) {
    service.env_file = envFile.map((entry) =>
      typeof entry === 'string'
        ? absolute(entry)
        : isRecord(entry) && typeof entry.path === 'string'
          ? { ...entry, path: absolute(entry.path) }
          : entry,
    );
  }
  const labelFile = service.label_file;
  if (typeof labelFile === 'string') service.label_file = absolute(labelFile);
  if (Array.isArray(labelFile))
    service.label_file = labelFile.map((entry) => (typeof entry === 'string' ? absolute(entry) : entry));
  if (isRecord(service.extends) && typeof service.extends.file === 'string')
    service.extends.file = absolute(service.extends.file);
  for (const develop of [service.develop, service['x-develop']]) {
    if (!isRecord(develop) || !Array.isArray(develop.watch)) continue;
    for (const rule of develop.watch)
      if (isRecord(rule) && typeof rule.path === 'string') rule.path = absolute(rule.path);
  }
  if (Array.isArray(service.volumes)) {
    service.volumes = service.volumes.map((volume) => resolveVolume(volume, absolute));
  }
}

function resolveVolume(volume: unknown, absolute: (path: string) => string): unknown {
  if (typeof volume === 'string') {
    const [source, ...rest] = volume.split(':');
    const isPath = source !== undefined && rest.length && /^[.~]/.test(source);
    return isPath ? [absolute(source), ...rest].join(':') : volume;
  }
  if (isRecord(volume) && typeof volume.source === 'string') {
    const bind = volume.type === 'bind' || (volume.type === undefined && /^[.~/]/.test(volume.source));
    if (bind) return { ...volume, source: absolute(volume.source) };
  }
  return volume;
}
