import { PROJECT_OPTIONS, type CliCommand } from '../command.js';
import { RESTART_CLUSTER_HELP } from '../cluster/cluster-help.js';
import { clusterRollout } from '../cluster/cluster-rollout.js';
import { replaceNamedServices } from '../services/replace-services.js';

export const restartCommand: CliCommand = {
  name: 'restart',
  summary: 'replace services’ containers from the images they run (no rebuild), wait until ready',
  help: `Usage: inception restart [options] <service...>

For each service named: stops and removes its container, starts a new one from the same image and waits
until it is ready (a fresh container: its state and log start over). The other services keep running.
Services whose depends_on names one of them with restart: true are restarted after it (from their
image, as compose does).

Options:
${PROJECT_OPTIONS}

${RESTART_CLUSTER_HELP}`,
  cancellable: true,
  run: (context) =>
    context.config.cluster ? clusterRollout(context, false) : replaceNamedServices(context, false),
};
