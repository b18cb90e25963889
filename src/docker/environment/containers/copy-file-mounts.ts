import type Docker from 'dockerode';
import { readFile } from 'node:fs/promises';
import { pack } from 'tar-stream';
import type { ServiceSpec } from '../../../config/compose/index.js';
import type { MountContext } from './service-mounts.js';

/** compose's defaults for a secret or config file: root's, readable by everyone. */
const DEFAULT_MODE = 0o444;

/** Whether the service's secrets and configs are copied into its container (else bind-mounted, read-only):
 * a read-only root filesystem takes no copy. */
export function copiesFileMounts(service: ServiceSpec): boolean {
  return !service.runtime.readOnly && service.secrets.length + service.configs.length > 0;
}

/**
 * Copies the service's secrets and configs into its created container, before it starts, each with its
 * `uid`, `gid` and `mode` (0, 0, 0444 unless given) in the archive's headers, so the engine applies them.
 * Copied rather than bind-mounted: it works with an engine elsewhere than this process and needs no root
 * here to own a file as another user. Parent folders the image lacks are made by the engine (root, 0755).
 */
export async function copyFileMounts(
  container: Docker.Container,
  service: ServiceSpec,
  files: MountContext['files'],
): Promise<void> {
  if (!copiesFileMounts(service)) return;
  const archive = pack();
  for (const [kind, list] of [
    ['secrets', service.secrets],
    ['configs', service.configs],
  ] as const) {
    for (const mount of list) {
      const source = files[kind][mount.source];
      if (source === undefined) continue;
      archive.entry(
        {
          name: mount.target.replace(/^\/+/, ''),
          mode: mount.mode ?? DEFAULT_MODE,
          uid: Number(mount.uid ?? 0),
          gid: Number(mount.gid ?? 0),
        },
        await readFile(source),
      );
    }
  }
  archive.finalize();
  await container.putArchive(archive as unknown as NodeJS.ReadableStream, { path: '/' });
}
