import { mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ComposeProject } from '../../../config/compose/index.js';
import { sourcePath } from './service-mounts.js';

/** The folder where an environment's secrets and configs given as `content:` or `environment:` are written. */
export function secretsFolder(environment: string): string {
  return join(tmpdir(), 'inception-secrets', environment);
}

/** Host paths of every secret and config: `file:` ones as they are, the others written (mode 0400/0444). */
export async function writeSecretFiles(
  project: ComposeProject,
  environment: string,
): Promise<{ secrets: Record<string, string>; configs: Record<string, string> }> {
  const folder = secretsFolder(environment);
  const result = { secrets: {} as Record<string, string>, configs: {} as Record<string, string> };
  for (const kind of ['secrets', 'configs'] as const) {
    for (const [name, source] of Object.entries(project[kind])) {
      const written = join(folder, kind, name);
      if (source.file === undefined) {
        await mkdir(join(folder, kind), { recursive: true, mode: 0o700 });
        await writeFile(written, source.content ?? '', { mode: kind === 'secrets' ? 0o444 : 0o444 });
      }
      result[kind][name] = sourcePath(source, written);
    }
  }
  return result;
}

export async function removeSecretFiles(environment: string): Promise<void> {
  await rm(secretsFolder(environment), { recursive: true, force: true });
}
