import type Docker from 'dockerode';
import { lstat, readFile, readlink } from 'node:fs/promises';
import { pack } from 'tar-stream';
import { execInContainer } from '../../container-exec.js';

/** A host file and where it goes in the container (both absolute). */
export interface FileCopy {
  source: string;
  target: string;
}

export interface SyncResult {
  copied: number;
  removed: number;
}

/**
 * Brings a container's files in line with the host's, as `docker compose watch` syncs: what is gone here is
 * removed there first (with the container's own `rm`, so only while it runs), then what exists is copied
 * in (mode and time kept, owned by the container's user as compose copies, folders it lacks made by the
 * engine, root's). Nothing restarts. A stopped container takes the copies too: its next start runs them.
 */
export async function syncFiles(container: Docker.Container, copies: FileCopy[]): Promise<SyncResult> {
  const info = await container.inspect();
  const owner = await ownerOf(container, info);
  const archive = pack();
  const removals: string[] = [];
  let copied = 0;
  for (const { source, target } of copies) {
    const stat = await lstat(source).catch(() => undefined);
    const name = target.replace(/^\/+/, '');
    if (!stat) removals.push(target);
    else if (stat.isSymbolicLink()) {
      archive.entry({ name, type: 'symlink', linkname: await readlink(source), mtime: stat.mtime, ...owner });
      copied++;
    } else if (stat.isFile()) {
      archive.entry({ name, mode: stat.mode & 0o7777, mtime: stat.mtime, ...owner }, await readFile(source));
      copied++;
    }
  }
  archive.finalize();
  let removed = 0;
  if (removals.length > 0 && info.State.Running) {
    const { exitCode, output } = await execInContainer(container, {
      command: ['rm', '-rf', '--', ...removals],
    });
    if (exitCode !== 0)
      throw new Error(
        `could not remove ${removals.join(', ')} (rm: ${output.trim() || `exit code ${exitCode}`})`,
      );
    removed = removals.length;
  }
  if (copied > 0) await container.putArchive(archive as unknown as NodeJS.ReadableStream, { path: '/' });
  return { copied, removed };
}

/**
 * The uid and gid of the container's user, for the copies' headers, as compose copies (CopyUIDGID). Asked
 * of the container itself: Docker 20.10's own CopyUIDGID looks the user up on the engine's host instead.
 * Root (no user set, or a container that is not running) needs nothing.
 */
async function ownerOf(
  container: Docker.Container,
  info: Docker.ContainerInspectInfo,
): Promise<{ uid?: number; gid?: number }> {
  if (!info.Config.User || !info.State.Running) return {};
  const { exitCode, output } = await execInContainer(container, { command: ['sh', '-c', 'id -u; id -g'] });
  const [uid, gid] = output.trim().split(/\s+/).map(Number);
  return exitCode === 0 && Number.isInteger(uid) && Number.isInteger(gid) ? { uid, gid } : {};
}
