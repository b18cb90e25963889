import type { Logger } from '../log.js';
import type { CliContext } from './context.js';
import type { CliOptions } from './parse-args.js';

/** One subcommand: its help and how it runs. */
export interface CliCommand {
  name: string;
  /** One line for `inception --help`. */
  summary: string;
  /** `inception <name> --help`: usage line, what it does, the options it reads. */
  help: string;
  /** A signal stops it and it removes what it made; the others end at once on Ctrl-C. */
  cancellable?: boolean;
  /** Runs without a project (no inception.yml, no compose file) for these options: down/status --all. */
  standalone?: (options: CliOptions) => boolean;
  run(context: CliContext): Promise<number>;
  /** When `standalone` holds. */
  runStandalone?(options: CliOptions, logger: Logger): Promise<number>;
}

/** With a cluster: section in inception.yml. */
export const CLUSTER_OPTIONS = `With a cluster: section in inception.yml (the in-cluster path):
      --kubeconfig <file>  run against this cluster instead of a kind cluster made or reused here
      --context <name>     the kubeconfig's context to use
  -n, --name <namespace>   the namespace to deploy to and test in`;

/** Options every command that reads the project takes. */
export const PROJECT_OPTIONS = `  -c, --config <file>  inception.yml (default ./inception.yml; without one, the compose file)
  -f, --file <file>    compose file (default: the ones docker compose reads: COMPOSE_FILE, or the first of
                       compose.yaml, compose.yml, docker-compose.yml, docker-compose.yaml here or in a
                       folder above, with compose.override.yml (.yaml, docker-compose.override.*) beside it)
  -n, --name <name>    environment name (default: the one \`inception up\` started here)
  -v, --verbose        debug output`;
