import type Docker from 'dockerode';
import path from 'node:path';
import { loadInceptionConfig, type InceptionConfig } from '../config/inception/index.js';
import { connectDocker } from '../docker/client.js';
import type { Logger } from '../log.js';

export interface CliOptions {
  config: string;
  name?: string;
  keep: boolean;
  build: boolean;
  noCache: boolean;
  all: boolean;
  collect?: string;
  verbose: boolean;
  positionals: string[];
}

export interface CliContext {
  options: CliOptions;
  config: InceptionConfig;
  docker: Docker;
  logger: Logger;
  /** Aborted by the first SIGINT/SIGTERM while a command that creates things runs. */
  signal: AbortSignal;
}

export async function createContext(
  options: CliOptions,
  logger: Logger,
  signal: AbortSignal = new AbortController().signal,
): Promise<CliContext> {
  const config = await loadInceptionConfig(path.resolve(options.config));
  const docker = await connectDocker();
  return { options, config, docker, logger, signal };
}
