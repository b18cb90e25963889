import { removeKeptBuilds } from '../../docker/build/index.js';
import { connectDocker } from '../../docker/client.js';
import { sweepLeftovers } from '../../docker/environment/index.js';
import type { Logger } from '../../log.js';
import type { CliOptions } from '../context.js';
import { resolveProject } from '../project/project.js';
import { clearState, readState } from '../project/state-file.js';

/**
 * `down --all`, from any folder, with or without an inception.yml: removes every environment of ours whose
 * runs are gone (killed, or finished with the environment left up) and says what it removed and what it
 * left: an environment whose run is still alive on this host is never touched. With --images, also the
 * builds kept for reuse.
 */
export async function downAll(options: CliOptions, logger: Logger): Promise<number> {
  const docker = await connectDocker();
  const { removed, skipped } = await sweepLeftovers(docker, logger);
  for (const { environment, report } of removed) {
    logger.info(
      `removed ${environment}: ${report.containers.length} container(s), ${report.networks.length} network(s), ` +
        `${report.volumes.length} volume(s)`,
    );
  }
  for (const { environment, reason } of skipped) logger.info(`skipped ${environment}: ${reason}`);
  logger.info(`${removed.length} environment(s) removed, ${skipped.length} skipped`);
  if (options.images) {
    const builds = await removeKeptBuilds(docker);
    for (const tag of builds.removed) logger.info(`removed the kept build ${tag}`);
    for (const { tag, reason } of builds.kept) logger.info(`kept ${tag}: ${reason}`);
    logger.info(`${builds.removed.length} kept build(s) removed, ${builds.kept.length} still in use`);
  }
  // A project here, if any, forgets an environment that is gone now; none here is fine.
  const project = await resolveProject(options).catch(() => undefined);
  if (project) {
    const state = await readState(project.config.file);
    if (state && removed.some(({ environment }) => environment === state.environment))
      await clearState(project.config.file);
  }
  return removed.some(({ report }) => report.errors.length > 0) ? 1 : 0;
}
