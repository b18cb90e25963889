import path from 'node:path';
import type Docker from 'dockerode';
import { loadComposeFiles, type ComposeProject } from '../config/compose/index.js';
import { composeFilesOf, type InceptionConfig } from '../config/inception/index.js';
import type { EnvironmentInfo } from '../docker/environment/index.js';
import { generateEnvironmentName, upEnvironment } from '../docker/environment/index.js';
import type { Logger } from '../log.js';

export interface BringUpOptions {
  docker: Docker;
  config: InceptionConfig;
  logger: Logger;
  /** Default: `<compose project>-<random>`, unique per call. */
  name?: string;
  /** Build the services that have a `build:` section (default true). */
  build?: boolean;
  noCache?: boolean;
  /** Aborting stops the start; see upEnvironment. */
  signal?: AbortSignal;
  /** Told the name before anything is created, so a half-made environment can still be found and removed. */
  onName?: (name: string) => void | Promise<void>;
  /** Told the compose file as loaded, before anything is logged or created (the Actions entry learns its secrets). */
  onProject?: (project: ComposeProject) => void;
}

/** Brings up the config's compose file as an isolated environment. Leaves what it created in place when it
 * fails: the caller collects diagnostics, then removes it. */
export async function bringUpEnvironment(options: BringUpOptions): Promise<EnvironmentInfo> {
  const { docker, config, logger } = options;
  const files = composeFilesOf(config);
  const project = await loadComposeFiles(files, { profiles: config.profiles });
  options.onProject?.(project);
  for (const warning of project.warnings) logger.warn(warning);
  const name = options.name ?? generateEnvironmentName(project.name);
  await options.onName?.(name);
  const shown = files.map((file) => path.relative(process.cwd(), file) || file);
  logger.info(`Bringing up ${name} from ${shown.join(' + ')}`);
  return upEnvironment({
    docker,
    project,
    name,
    logger,
    build: options.build,
    noCache: options.noCache,
    signal: options.signal,
  });
}
