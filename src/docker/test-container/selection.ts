import type Docker from 'dockerode';
import { posix } from 'node:path';
import { pack } from 'tar-stream';
import { SHARD_FILES_PATH, shardFilesText, type TestSelection } from '../../shard/index.js';

/**
 * The container's CMD with the selected files appended: to the `command` given, else to the image's own
 * CMD (an image whose ENTRYPOINT is the test runner then gets the files as its arguments).
 */
export async function commandWithFiles(
  docker: Docker,
  image: string,
  command: string[] | undefined,
  files: readonly string[],
): Promise<string[]> {
  const base = command?.length ? command : ((await docker.getImage(image).inspect()).Config.Cmd ?? []);
  return [...base, ...files];
}

/**
 * Puts the list of selected files into the created container before it starts. Copied in rather than
 * bind-mounted: the engine may run elsewhere than this process (a runner in a container, a remote engine).
 */
export async function copySelectionFile(
  container: Docker.Container,
  selection: TestSelection,
): Promise<void> {
  if (selection.files === undefined) return;
  const archive = pack();
  const folder = posix.dirname(SHARD_FILES_PATH).replace(/^\//, '');
  archive.entry({ name: `${folder}/`, type: 'directory', mode: 0o755 });
  archive.entry(
    { name: posix.join(folder, posix.basename(SHARD_FILES_PATH)), mode: 0o644 },
    shardFilesText(selection.files),
  );
  archive.finalize();
  await container.putArchive(archive as unknown as NodeJS.ReadableStream, { path: '/' });
}
