import type Docker from 'dockerode';
import { ConfigurationError } from '../../../errors.js';
import { LABEL_SERVICE, labelFilter } from '../../../shared/identity/labels.js';

/** The containers of a service of the environment (one per replica), running or not: a service that
 * crashed still takes files and a restart. An error names what to do when it has none. */
export async function serviceContainers(
  docker: Docker,
  environment: string,
  service: string,
): Promise<Docker.Container[]> {
  const filter = labelFilter(environment);
  const found = await docker.listContainers({
    all: true,
    filters: JSON.stringify({ label: [...filter.label, `${LABEL_SERVICE}=${service}`] }),
  });
  if (found.length === 0) {
    throw new ConfigurationError(
      `"${service}" has no container in ${environment}: \`inception refresh ${service}\` creates it again.`,
    );
  }
  return found.map((info) => docker.getContainer(info.Id));
}
