import type { ComposeProject } from '../../../config/compose/index.js';
import { containerName } from '../containers/container-spec.js';
import { writeSecretFiles } from '../containers/secret-files.js';
import type { StartContext } from './start-order.js';

/** What creating any service of the project needs besides the service: external resources, the secret and
 * config files, every service's container name. The same for `up` and for replacing services. */
export async function projectCreateContext(
  project: ComposeProject,
  environment: string,
): Promise<NonNullable<StartContext['create']>> {
  const byName = new Map(project.services.map((service) => [service.name, service]));
  return {
    externalVolumes: project.externalVolumes,
    externalNetworks: project.externalNetworks,
    files: await writeSecretFiles(project, environment),
    containerOf: (name: string) => containerName(environment, byName.get(name)?.containerName ?? name),
  };
}
