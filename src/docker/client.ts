import Docker from 'dockerode';
import { EngineUnavailableError, errorMessage } from '../errors.js';

/** A client for the engine named by DOCKER_HOST (or the default socket). */
export function createDockerClient(): Docker {
  return new Docker();
}

/** Pings the engine; when nothing answers, says where we looked and what to start. */
export async function connectDocker(docker: Docker = createDockerClient()): Promise<Docker> {
  try {
    await docker.ping();
    return docker;
  } catch (error) {
    const where = process.env.DOCKER_HOST || 'unix:///var/run/docker.sock';
    throw new EngineUnavailableError(
      `No Docker engine answers at ${where} (${errorMessage(error)}). ` +
        'Start the Docker daemon (for example `sudo systemctl start docker`, or Docker Desktop), ' +
        'or set DOCKER_HOST to an engine that is running.',
    );
  }
}
