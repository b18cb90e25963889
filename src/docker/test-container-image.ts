import type Docker from 'dockerode';
import { errorMessage } from '../errors.js';
import type { Logger } from '../log.js';

/** The test image, pulled when the engine does not have it; the error says how to provide it. */
export async function ensureTestImage(docker: Docker, image: string, logger: Logger): Promise<void> {
  try {
    await docker.getImage(image).inspect();
    return;
  } catch (error) {
    if ((error as { statusCode?: number }).statusCode !== 404) throw error;
  }
  logger.info(`Image ${image} is not on the engine; pulling it.`);
  try {
    const stream = await docker.pull(image);
    await new Promise<void>((resolve, reject) => {
      docker.modem.followProgress(stream, (error: Error | null, events: Array<{ error?: string }>) => {
        const failed = error?.message ?? events.find((event) => event.error)?.error;
        if (failed) reject(new Error(failed));
        else resolve();
      });
    });
  } catch (error) {
    throw new Error(
      `Test image ${image} is not on the engine and could not be pulled (${errorMessage(error)}). ` +
        'Build it first (build-images) and pass its ref, or give an image the engine can pull.',
    );
  }
}
