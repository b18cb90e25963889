import type Docker from 'dockerode';
import { ConfigurationError } from '../../../errors.js';
import { LABEL_SERVICE, labelFilter } from '../../../shared/identity/labels.js';

/** The running containers of a service of the environment (one per replica); an error names what to do
 * when it has none. */
export async function runningContainersOf(
  docker: Docker,
  environment: string,
  service: string,
): Promise<Docker.Container[]> {
  const filter = labelFilter(environment);
  const found = await docker.listContainers({
    filters: JSON.stringify({ label: [...filter.label, `${LABEL_SERVICE}=${service}`], status: ['running'] }),
  });
  if (found.length === 0) {
    throw new ConfigurationError(
      `"${service}" has no running container in ${environment}: \`inception refresh ${service}\` starts it again.`,
    );
  }
  return found.map((info) => docker.getContainer(info.Id));
}
