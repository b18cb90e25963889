import { PROJECT_OPTIONS, type CliCommand } from '../command.js';
import { REFRESH_CLUSTER_HELP } from '../cluster/cluster-help.js';
import { clusterRollout } from '../cluster/cluster-rollout.js';
import { replaceNamedServices } from '../services/replace-services.js';

export const refreshCommand: CliCommand = {
  name: 'refresh',
  summary: 'rebuild services’ images, replace their containers, wait until ready; the rest keeps running',
  help: `Usage: inception refresh [options] <service...>

For each service named: builds its image again (services with a build: section), stops and removes its
container, starts a new one and waits until it is ready, as \`up\` does. The other services of the
environment keep running untouched. Host ports of the replaced services change: \`inception status\`.
Services whose depends_on names one of them with restart: true are restarted after it (from their
image, as compose does).

Options:
${PROJECT_OPTIONS}
      --no-cache       build without the build cache

${REFRESH_CLUSTER_HELP}`,
  cancellable: true,
  run: (context) =>
    context.config.cluster ? clusterRollout(context, true) : replaceNamedServices(context, true),
};
