import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/** The compose-go loader that test/compose-go/build.sh builds (`.ci/setup` runs it); the path it has for
 * these sources. Throws saying how to build it when it is missing, so the differential test fails. */
export function composeGoLoader(): string {
  const dir = resolve('test/compose-go');
  const hash = createHash('sha256');
  for (const file of ['go.mod', 'go.sum', 'main.go']) hash.update(readFileSync(join(dir, file)));
  const cache = process.env.INCEPTION_CACHE ?? join(homedir(), '.cache', 'inception');
  const loader = join(cache, 'compose-go', hash.digest('hex').slice(0, 16), 'loader');
  if (!existsSync(loader))
    throw new Error(
      `compose-go's loader is not built (${loader}); run: bash test/compose-go/build.sh (.ci/setup does)`,
    );
  return loader;
}
