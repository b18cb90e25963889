import { createReadStream } from 'node:fs';
import type { Stats } from 'node:fs';
import { lstat, readdir, readFile, readlink, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { pack as createPack, type Pack } from 'tar-stream';
import { ConfigurationError } from '../../errors.js';
import { DockerIgnore } from './context-ignore.js';

export interface BuildContext {
  /** The tar the engine builds from. */
  tar: NodeJS.ReadableStream;
  /** The Dockerfile's path inside the tar, `/`-separated. */
  dockerfile: string;
  /** Paths inside the tar, for logs and tests. */
  entries: string[];
}

export interface ContextEntries {
  /** The Dockerfile's path inside the context, `/`-separated. */
  dockerfile: string;
  entries: ContextEntry[];
}

export interface ContextEntry {
  path: string;
  absolute: string;
  kind: 'file' | 'directory' | 'symlink';
  /** Permission bits and size when the context was walked. */
  mode: number;
  size: number;
}

/**
 * What `docker build` would send of `contextDir`: `.dockerignore` honoured, the Dockerfile and
 * `.dockerignore` always sent. The Dockerfile must sit inside the context.
 */
export async function listContextEntries(
  contextDir: string,
  dockerfile = 'Dockerfile',
): Promise<ContextEntries> {
  const root = resolve(contextDir);
  const rootStat = await stat(root).catch(() => undefined);
  if (!rootStat?.isDirectory()) {
    throw new ConfigurationError(
      `Build context "${contextDir}" is not a directory; give a folder that exists.`,
    );
  }
  const dockerfilePath = resolve(root, dockerfile);
  const dockerfileInTar = relative(root, dockerfilePath).split(sep).join('/');
  if (dockerfileInTar === '' || dockerfileInTar.startsWith('..') || isAbsolute(dockerfileInTar)) {
    throw new ConfigurationError(
      `Dockerfile "${dockerfile}" is outside the build context "${contextDir}"; move it into the context and give its path relative to the context.`,
    );
  }
  if (!(await stat(dockerfilePath).catch(() => undefined))?.isFile()) {
    throw new ConfigurationError(
      `Dockerfile "${dockerfileInTar}" does not exist in the build context "${contextDir}".`,
    );
  }

  const ignoreText = await readFile(join(root, '.dockerignore'), 'utf8').catch(() => '');
  const ignore = new DockerIgnore(ignoreText, join(contextDir, '.dockerignore'));
  const alwaysSent = new Set([dockerfileInTar, '.dockerignore']);
  return { dockerfile: dockerfileInTar, entries: await walk(root, '', ignore, alwaysSent) };
}

/** Tars `contextDir` the way `docker build` sends it (see listContextEntries), owners reset to root. */
export async function createBuildContext(
  contextDir: string,
  dockerfile = 'Dockerfile',
): Promise<BuildContext> {
  const { dockerfile: dockerfileInTar, entries } = await listContextEntries(contextDir, dockerfile);

  const tar = createPack();
  void writeEntries(tar, entries).then(
    () => tar.finalize(),
    (error: unknown) => tar.destroy(error as Error),
  );
  // tar-stream's pack is a streamx Readable: its pipe() feeds the engine request like a Node stream.
  return {
    tar: tar as unknown as NodeJS.ReadableStream,
    dockerfile: dockerfileInTar,
    entries: entries.map((entry) => entry.path),
  };
}

async function walk(
  root: string,
  dir: string,
  ignore: DockerIgnore,
  alwaysSent: Set<string>,
): Promise<ContextEntry[]> {
  const entries: ContextEntry[] = [];
  const names = (await readdir(join(root, dir))).sort();
  for (const name of names) {
    const path = dir ? `${dir}/${name}` : name;
    const absolute = join(root, path);
    const info = await lstat(absolute);
    const ignored = ignore.ignores(path) && !alwaysSent.has(path);
    if (info.isDirectory()) {
      if (ignored && !ignore.hasExclusions && ![...alwaysSent].some((p) => p.startsWith(`${path}/`)))
        continue;
      const children = await walk(root, path, ignore, alwaysSent);
      if (!ignored || children.length > 0)
        entries.push({ path, absolute, kind: 'directory', ...stats(info) }, ...children);
    } else if (!ignored && (info.isFile() || info.isSymbolicLink())) {
      entries.push({ path, absolute, kind: info.isFile() ? 'file' : 'symlink', ...stats(info) });
    }
  }
  return entries;
}

const stats = (info: Stats) => ({ mode: info.mode & 0o7777, size: info.size });

async function writeEntries(tar: Pack, entries: ContextEntry[]): Promise<void> {
  for (const entry of entries) {
    const info = await lstat(entry.absolute);
    const header = { name: entry.path, mode: info.mode & 0o7777, mtime: info.mtime, uid: 0, gid: 0 };
    if (entry.kind === 'directory')
      await addEntry(tar, { ...header, name: `${entry.path}/`, type: 'directory' });
    else if (entry.kind === 'symlink') {
      await addEntry(tar, { ...header, type: 'symlink', linkname: await readlink(entry.absolute) });
    } else {
      await new Promise<void>((done, fail) => {
        const sink = tar.entry({ ...header, type: 'file', size: info.size }, (error) =>
          error ? fail(error) : done(),
        );
        createReadStream(entry.absolute).on('error', fail).pipe(sink);
      });
    }
  }
}

function addEntry(tar: Pack, header: Parameters<Pack['entry']>[0]): Promise<void> {
  return new Promise((done, fail) => {
    tar.entry(header, (error) => (error ? fail(error) : done()));
  });
}
