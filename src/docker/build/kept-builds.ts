import type Docker from 'dockerode';
import { errorMessage } from '../../errors.js';
import { labelFilter } from '../../shared/identity/labels.js';
import { REUSE_TAG } from './build-images.js';

export interface KeptBuildsReport {
  /** The `<name>:inception-last` tags removed. */
  removed: string[];
  /** Tags that stay, with the engine's reason (an image a container still runs from). */
  kept: { tag: string; reason: string }[];
}

/**
 * Removes the tags that keep our last build of each image for the next `up` to reuse (see REUSE_TAG):
 * every one on the engine, or only those of images an environment built. An image that still carries
 * another tag (an environment that runs) is only untagged; one a container uses stays, and says so.
 */
export async function removeKeptBuilds(docker: Docker, environment?: string): Promise<KeptBuildsReport> {
  const images = await docker.listImages({ filters: JSON.stringify(labelFilter(environment)) });
  const tags = images.flatMap((image) => image.RepoTags ?? []).filter((tag) => tag.endsWith(`:${REUSE_TAG}`));
  const report: KeptBuildsReport = { removed: [], kept: [] };
  for (const tag of tags) {
    try {
      await docker.getImage(tag).remove({ noprune: false });
      report.removed.push(tag);
    } catch (error) {
      report.kept.push({ tag, reason: errorMessage(error) });
    }
  }
  return report;
}
