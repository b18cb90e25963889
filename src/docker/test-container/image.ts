import type Docker from 'dockerode';
import { errorMessage } from '../../errors.js';
import type { Logger } from '../../log.js';
import { imagePresent, pullImage } from '../image-pull.js';

/** The test image, pulled when the engine does not have it; the error says how to provide it. */
export async function ensureTestImage(docker: Docker, image: string, logger: Logger): Promise<void> {
  if (await imagePresent(docker, image)) return;
  logger.info(`Image ${image} is not on the engine; pulling it.`);
  try {
    await pullImage(docker, image);
  } catch (error) {
    throw new Error(
      `Test image ${image} is not on the engine and could not be pulled (${errorMessage(error)}). ` +
        'Build it first (build-images) and pass its ref, or give an image the engine can pull.',
    );
  }
}
