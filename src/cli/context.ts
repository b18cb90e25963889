import type Docker from 'dockerode';
import type { InceptionConfig } from '../config/inception/index.js';
import { connectDocker } from '../docker/client.js';
import type { Logger } from '../log.js';
import type { CliOptions } from './parse-args.js';
import { resolveProject, type Project } from './project/project.js';

export type { CliOptions } from './parse-args.js';

export interface CliContext {
  options: CliOptions;
  project: Project;
  config: InceptionConfig;
  docker: Docker;
  logger: Logger;
  /** Aborted by the first SIGINT/SIGTERM while a command that creates things runs. */
  signal: AbortSignal;
}

/** The project is read before the engine is asked anything: a mistake in it costs no connection. */
export async function createContext(
  options: CliOptions,
  logger: Logger,
  signal: AbortSignal = new AbortController().signal,
): Promise<CliContext> {
  const project = await resolveProject(options);
  const docker = await connectDocker();
  return { options, project, config: project.config, docker, logger, signal };
}
