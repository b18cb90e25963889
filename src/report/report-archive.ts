import { createWriteStream } from 'node:fs';
import { access, mkdir } from 'node:fs/promises';
import { basename, extname, join, posix } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { extract, type Extract } from 'tar-stream';
import { globToRegExp, hasGlob } from '../shared/files/glob.js';

/** Whether a path inside the test container is one of the reports `pattern` (a path, folder or glob) names. */
export function reportMatcher(pattern: string): (path: string) => boolean {
  if (hasGlob(pattern)) {
    const expression = globToRegExp(pattern);
    return (path) => expression.test(path);
  }
  const folder = `${pattern.replace(/\/$/, '')}/`;
  return (path) => path === pattern || path.startsWith(folder);
}

/** A tar reader that writes the matching files into `destination`; `copied` fills as it goes. Names are
 * kept, and a name already taken there gets `-2`, `-3`, ... `root` is the container folder the archive's
 * names are relative to. */
export async function reportExtractor(options: {
  root: string;
  matches: (path: string) => boolean;
  destination: string;
}): Promise<{ reader: Extract; copied: string[] }> {
  await mkdir(options.destination, { recursive: true });
  const copied: string[] = [];
  const reader = extract();
  reader.on('entry', (header, stream, next) => {
    const path = posix.join(options.root, header.name);
    if (header.type !== 'file' || !options.matches(path)) {
      stream.on('end', next);
      stream.resume();
      return;
    }
    freeName(options.destination, basename(path), copied)
      .then(async (target) => {
        copied.push(target);
        await pipeline(stream, createWriteStream(target));
        next();
      })
      .catch(next);
  });
  return { reader, copied };
}

async function freeName(directory: string, name: string, taken: string[]): Promise<string> {
  const extension = extname(name);
  const stem = name.slice(0, name.length - extension.length);
  for (let n = 1; ; n++) {
    const candidate = join(directory, n === 1 ? name : `${stem}-${n}${extension}`);
    if (taken.includes(candidate)) continue;
    const exists = await access(candidate).then(
      () => true,
      () => false,
    );
    if (!exists) return candidate;
  }
}
