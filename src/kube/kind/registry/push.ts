import type Docker from 'dockerode';
import type { Logger } from '../../../log.js';
import { formatDuration } from '../../../shared/format/format-duration.js';
import { checkLoadableRefs } from '../image-load/refs.js';
import { registryReference } from './config.js';

export interface PushedImage {
  /** As given, e.g. `api:run-42-1`. */
  ref: string;
  /** Where the cluster pulls it from, e.g. `localhost:5001/api:run-42-1`. */
  registryRef: string;
}

/** Tags each image for the local registry and pushes it there through the Engine API, all at once. */
export async function pushToLocalRegistry(
  docker: Docker,
  host: string,
  refs: string[],
  logger: Logger,
): Promise<PushedImage[]> {
  return Promise.all(
    checkLoadableRefs(refs).map(async (ref) => {
      const started = Date.now();
      const registryRef = registryReference(host, ref);
      const colon = registryRef.lastIndexOf(':');
      const repo = registryRef.slice(0, colon);
      const tag = registryRef.slice(colon + 1);
      await docker.getImage(ref).tag({ repo, tag });
      const stream = await docker.getImage(registryRef).push({ tag });
      await followPush(docker, stream, registryRef);
      logger.info(`pushed ${registryRef} in ${formatDuration(Date.now() - started)}`);
      return { ref, registryRef };
    }),
  );
}

function followPush(docker: Docker, stream: NodeJS.ReadableStream, ref: string): Promise<void> {
  return new Promise((resolve, reject) => {
    docker.modem.followProgress(
      stream,
      (error: Error | null, messages: { error?: string; errorDetail?: { message?: string } }[]) => {
        const failed = messages?.find((message) => message.error || message.errorDetail);
        if (error) reject(error);
        else if (failed)
          reject(new Error(`push of ${ref} failed: ${failed.errorDetail?.message ?? failed.error}`));
        else resolve();
      },
    );
  });
}
