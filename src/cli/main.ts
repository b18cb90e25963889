import { parseArgs } from 'node:util';
import { CancelledError, ConfigurationError, errorMessage, failureReport } from '../errors.js';
import { cancelOnSignal, SIGNAL_EXIT_CODES } from '../shared/cancel-on-signal.js';
import { createContext, type CliContext, type CliOptions } from './context.js';
import { CONFIG_USAGE, configCommand } from './commands/config.js';
import { downAllCommand } from './commands/down-all.js';
import { downCommand } from './commands/down.js';
import { logsCommand } from './commands/logs.js';
import { SHARDS_USAGE, shardsCommand } from './commands/shards.js';
import { statusCommand } from './commands/status.js';
import { testCommand } from './commands/test.js';
import { upCommand } from './commands/up.js';
import { terminalLogger } from './terminal-logger.js';

const USAGE = `Usage: inception <command> [options]

Commands:
  up                 build and start the environment of inception.yml, wait until every service is ready
  test               run the tests (in the environment from \`up\`, or in a fresh one removed afterwards)
  logs [service...]  print the services' logs; --collect <dir> writes the full diagnostics folder
  status             the containers of the environment (--all: of every environment)
  down               remove the environment (--all, from any folder: every environment inception left
                     on this engine whose run is gone; a running one's are never touched)
  shards             split test files across shards by JUnit timings (inception shards --help)
  config             print the environment as it will run (compose normalised) or its errors (inception config --help)

Options:
  -c, --config <file>  inception.yml to use (default ./inception.yml)
  -n, --name <name>    environment name (default <project>-<random>)
      --keep           leave the environment running after \`test\` or a failed \`up\`
      --no-build       use the images the engine has instead of building
      --no-cache       build without the build cache
      --all            with down/status: every environment
      --collect <dir>  with logs: write diagnostics to <dir>
  -v, --verbose        debug output
  -h, --help           this text`;

/** Commands that create things: a signal stops them and they remove what they made. The others keep the
 * default, so Ctrl-C ends them at once. */
const CANCELLABLE = new Set(['up', 'test']);

const commands: Record<string, (context: CliContext) => Promise<number>> = {
  up: upCommand,
  test: testCommand,
  logs: logsCommand,
  status: statusCommand,
  down: downCommand,
};

function parseCli(argv: string[]): { command?: string; options: CliOptions; help: boolean } {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      config: { type: 'string', short: 'c', default: 'inception.yml' },
      name: { type: 'string', short: 'n' },
      keep: { type: 'boolean', default: false },
      'no-build': { type: 'boolean', default: false },
      'no-cache': { type: 'boolean', default: false },
      all: { type: 'boolean', default: false },
      collect: { type: 'string' },
      verbose: { type: 'boolean', short: 'v', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command, ...rest] = positionals;
  return {
    command,
    help: values.help,
    options: {
      config: values.config,
      name: values.name,
      keep: values.keep,
      build: !values['no-build'],
      noCache: values['no-cache'],
      all: values.all,
      collect: values.collect,
      verbose: values.verbose,
      positionals: rest,
    },
  };
}

/** The `inception` command; returns the process exit code. */
export async function runCli(argv: string[]): Promise<number> {
  if (argv[0] === 'shards') return runShards(argv.slice(1));
  if (argv[0] === 'config') return runConfig(argv.slice(1));
  let parsed: ReturnType<typeof parseCli>;
  try {
    parsed = parseCli(argv);
  } catch (error) {
    process.stderr.write(`inception: ${errorMessage(error)}\n\n${USAGE}\n`);
    return 2;
  }
  if (parsed.help || !parsed.command) {
    process.stdout.write(`${USAGE}\n`);
    return parsed.help ? 0 : 2;
  }
  const handler = commands[parsed.command];
  if (!handler) {
    process.stderr.write(`inception: unknown command "${parsed.command}"\n\n${USAGE}\n`);
    return 2;
  }
  const logger = terminalLogger(process.stderr, parsed.options.verbose);
  const cancellation = CANCELLABLE.has(parsed.command)
    ? cancelOnSignal((message) => logger.warn(message))
    : undefined;
  try {
    // Works from any folder: it needs no inception.yml.
    if (parsed.command === 'down' && parsed.options.all) return await downAllCommand(parsed.options, logger);
    return await handler(await createContext(parsed.options, logger, cancellation?.signal));
  } catch (error) {
    const failure = failureReport(error);
    logger.error(failure.message);
    if (failure.stack) logger.debug(failure.stack);
    if (error instanceof CancelledError) return SIGNAL_EXIT_CODES[error.signalName];
    // A mistake in the command line or in inception.yml: the usage-error code, as for unknown options.
    return error instanceof ConfigurationError ? 2 : 1;
  } finally {
    cancellation?.dispose();
  }
}

/** `shards` has options of its own and needs neither inception.yml nor an engine. */
async function runShards(argv: string[]): Promise<number> {
  const logger = terminalLogger(process.stderr, argv.includes('--verbose') || argv.includes('-v'));
  try {
    return await shardsCommand(
      argv.filter((arg) => arg !== '--verbose' && arg !== '-v'),
      logger,
      process.stdout,
    );
  } catch (error) {
    if (
      error instanceof TypeError &&
      String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS')
    ) {
      process.stderr.write(`inception shards: ${error.message}\n\n${SHARDS_USAGE}\n`);
      return 2;
    }
    const failure = failureReport(error);
    logger.error(failure.message);
    if (failure.stack) logger.debug(failure.stack);
    return 1;
  }
}

/** `config` has options of its own (-f, --profile, --json) and needs no engine. */
async function runConfig(argv: string[]): Promise<number> {
  const logger = terminalLogger(process.stderr, false);
  try {
    return await configCommand(argv, logger, process.stdout);
  } catch (error) {
    if (
      error instanceof TypeError &&
      String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS')
    ) {
      process.stderr.write(`inception config: ${error.message}\n\n${CONFIG_USAGE}\n`);
      return 2;
    }
    logger.error(failureReport(error).message);
    return error instanceof ConfigurationError ? 2 : 1;
  }
}
