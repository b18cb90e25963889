import { connectDocker } from '../../docker/client.js';
import type Docker from 'dockerode';
import { PROJECT_OPTIONS, type CliCommand } from '../command.js';
import type { CliContext, CliOptions } from '../context.js';
import { serviceStatuses, statusTable } from '../services/service-status.js';
import { clusterStatus } from '../cluster/cluster-path.js';
import { readState } from '../project/state-file.js';

/** The table (or --json) on stdout: it is the command's answer; "nothing there" goes to stderr. */
async function printStatus(docker: Docker, environment: string | undefined, options: CliOptions) {
  const statuses = await serviceStatuses(docker, environment);
  if (options.json) {
    process.stdout.write(`${JSON.stringify(statuses, null, 2)}\n`);
    return 0;
  }
  if (statuses.length === 0) {
    process.stderr.write(
      environment ? `environment ${environment} has no containers\n` : 'no environments\n',
    );
    return 0;
  }
  for (const line of statusTable(statuses, environment === undefined)) process.stdout.write(`${line}\n`);
  return 0;
}

async function status(context: CliContext): Promise<number> {
  if (context.config.cluster) return clusterStatus(context);
  const { docker, config, options } = context;
  const environment = options.name ?? (await readState(config.file))?.environment;
  if (!environment) {
    process.stderr.write(
      'no environment here: `inception up` starts one; `inception status --all` shows every environment\n',
    );
    return 0;
  }
  return printStatus(docker, environment, options);
}

export const statusCommand: CliCommand = {
  name: 'status',
  summary: 'each service: state, health, host ports, how long it has been up (--json; --all: everywhere)',
  help: `Usage: inception status [options]

One line per container of the environment \`inception up\` started here: its service, state (with the
exit code once it ended), health, how long it has been up and its host ports.

Options:
${PROJECT_OPTIONS}
      --all            every environment inception made on this engine (works from any folder)
      --json           the same as a JSON list`,
  standalone: (options) => options.all,
  runStandalone: async (options) => printStatus(await connectDocker(), undefined, options),
  run: status,
};
