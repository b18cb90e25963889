import { CancelledError, ConfigurationError, errorMessage, failureReport } from '../errors.js';
import type { Logger } from '../log.js';
import { cancelOnSignal, SIGNAL_EXIT_CODES } from '../shared/cancellation/cancel-on-signal.js';
import type { CliCommand } from './command.js';
import { CONFIG_USAGE, configCommand } from './commands/config.js';
import { createContext } from './context.js';
import { downCommand } from './commands/down.js';
import { initCommand } from './commands/init.js';
import { logsCommand } from './commands/logs.js';
import { refreshCommand } from './commands/refresh.js';
import { restartCommand } from './commands/restart.js';
import { SHARDS_USAGE, shardsCommand } from './commands/shards.js';
import { statusCommand } from './commands/status.js';
import { testCommand } from './commands/test.js';
import { upCommand } from './commands/up.js';
import { watchCommand } from './commands/watch.js';
import { parseCommandLine, type ParsedCommandLine } from './parse-args.js';
import { terminalLogger } from './output/terminal-logger.js';

const COMMANDS: CliCommand[] = [
  initCommand,
  upCommand,
  testCommand,
  watchCommand,
  statusCommand,
  logsCommand,
  refreshCommand,
  restartCommand,
  downCommand,
];

const USAGE = `Usage: inception <command> [options]

Works in a folder holding an inception.yml, or only a compose file (then \`test\` takes --image).

Commands:
${COMMANDS.map((command) => `  ${command.name.padEnd(9)} ${command.summary}`).join('\n')}
  ${'shards'.padEnd(9)} split test files across shards by JUnit timings
  ${'config'.padEnd(9)} print the environment as it will run (compose normalised) or its errors

\`inception <command> --help\` says what a command does and which options it takes.`;

/** Errors before or while a command runs: the message once, the exit code saying what kind of failure. */
function failed(error: unknown, logger: Logger): number {
  const failure = failureReport(error);
  logger.error(failure.message);
  if (failure.stack) logger.debug(failure.stack);
  if (error instanceof CancelledError) return SIGNAL_EXIT_CODES[error.signalName];
  // A mistake in the command line or in inception.yml: the usage-error code, as for unknown options.
  return error instanceof ConfigurationError ? 2 : 1;
}

/** The `inception` command; returns the process exit code. */
export async function runCli(argv: string[]): Promise<number> {
  if (argv[0] === 'shards') return runShards(argv.slice(1));
  if (argv[0] === 'config') return runConfig(argv.slice(1));
  let parsed: ParsedCommandLine;
  try {
    parsed = parseCommandLine(argv);
  } catch (error) {
    process.stderr.write(`inception: ${errorMessage(error)}\n\n${USAGE}\n`);
    return 2;
  }
  if (!parsed.command) {
    process.stdout.write(`${USAGE}\n`);
    return parsed.help ? 0 : 2;
  }
  const command = COMMANDS.find((candidate) => candidate.name === parsed.command);
  if (!command) {
    process.stderr.write(`inception: unknown command "${parsed.command}"\n\n${USAGE}\n`);
    return 2;
  }
  if (parsed.help) {
    process.stdout.write(`${command.help}\n`);
    return 0;
  }
  const { options } = parsed;
  const logger = terminalLogger(process.stderr, options.verbose);
  const cancellation = command.cancellable ? cancelOnSignal((message) => logger.warn(message)) : undefined;
  try {
    if (command.standalone?.(options) && command.runStandalone)
      return await command.runStandalone(options, logger);
    return await command.run(await createContext(options, logger, cancellation?.signal));
  } catch (error) {
    return failed(error, logger);
  } finally {
    cancellation?.dispose();
  }
}

/** `shards` and `config` have options of their own and need no engine: a bad option gets the command's own
 * usage; `verboseFlag` says whether -v/--verbose is ours to take out first. */
async function runOwnOptions(
  name: string,
  usage: string,
  argv: string[],
  verboseFlag: boolean,
  run: (args: string[], logger: Logger) => Promise<number>,
  onFailure: (error: unknown, logger: Logger) => number = failed,
): Promise<number> {
  const isVerbose = (arg: string) => verboseFlag && (arg === '--verbose' || arg === '-v');
  const logger = terminalLogger(process.stderr, argv.some(isVerbose));
  try {
    return await run(
      argv.filter((arg) => !isVerbose(arg)),
      logger,
    );
  } catch (error) {
    if (
      error instanceof TypeError &&
      String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS')
    ) {
      process.stderr.write(`inception ${name}: ${error.message}\n\n${usage}\n`);
      return 2;
    }
    return onFailure(error, logger);
  }
}

const runShards = (argv: string[]) =>
  runOwnOptions(
    'shards',
    SHARDS_USAGE,
    argv,
    true,
    (args, logger) => shardsCommand(args, logger, process.stdout),
    // A bad --tests or --shards value is reported and exits 1, as it always has for `shards`.
    (error, logger) => (failed(error, logger), 1),
  );

const runConfig = (argv: string[]) =>
  runOwnOptions('config', CONFIG_USAGE, argv, false, (args, logger) =>
    configCommand(args, logger, process.stdout),
  );
