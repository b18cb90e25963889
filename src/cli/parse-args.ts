import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';

/** Every option of every command; each command's --help says which of them it reads. */
export interface CliOptions {
  /** inception.yml given with --config; absent: ./inception.yml if there is one, else the compose file. */
  config?: string;
  /** A compose file (-f/--file): over inception.yml's `compose:`, or instead of an inception.yml. */
  file?: string;
  name?: string;
  keep: boolean;
  build: boolean;
  noCache: boolean;
  all: boolean;
  /** `down`: stop each container with its stop signal and grace period first. */
  graceful: boolean;
  /** `down --all`: also remove the builds kept for reuse. */
  images: boolean;
  collect?: string;
  verbose: boolean;
  json: boolean;
  follow: boolean;
  force: boolean;
  /** The test image and how to run it, as run-tests names them: over inception.yml's `tests:`. */
  image?: string;
  env: string[];
  reports?: string;
  timeout?: string;
  /** The words after `--`: the test command. */
  testCommand: string[];
  kubeconfig?: string;
  context?: string;
  parallel: boolean;
  /** With --parallel: how many suites run at once (default all). */
  maxParallel?: string;
  watch: string[];
  positionals: string[];
}

export interface ParsedCommandLine {
  command?: string;
  help: boolean;
  options: CliOptions;
}

const OPTIONS = {
  config: { type: 'string', short: 'c' },
  file: { type: 'string', short: 'f' },
  name: { type: 'string', short: 'n' },
  keep: { type: 'boolean', default: false },
  'no-build': { type: 'boolean', default: false },
  'no-cache': { type: 'boolean', default: false },
  all: { type: 'boolean', default: false },
  graceful: { type: 'boolean', default: false },
  images: { type: 'boolean', default: false },
  collect: { type: 'string' },
  verbose: { type: 'boolean', short: 'v', default: false },
  json: { type: 'boolean', default: false },
  follow: { type: 'boolean', default: false },
  force: { type: 'boolean', default: false },
  image: { type: 'string' },
  env: { type: 'string', short: 'e', multiple: true, default: [] as string[] },
  reports: { type: 'string' },
  timeout: { type: 'string' },
  kubeconfig: { type: 'string' },
  context: { type: 'string' },
  parallel: { type: 'boolean', default: false },
  'max-parallel': { type: 'string' },
  watch: { type: 'string', multiple: true, default: [] as string[] },
  help: { type: 'boolean', short: 'h', default: false },
} satisfies ParseArgsOptionsConfig;

/** The first word that is not an option or an option's value: the command. */
function findCommand(args: string[]): { command?: string; index: number } {
  const { tokens } = parseArgs({
    args,
    options: OPTIONS,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  const first = tokens.find((token) => token.kind === 'positional');
  return first ? { command: first.value, index: first.index } : { index: -1 };
}

/** Parses `inception <command> [options] [-- test command]`. As in `docker compose logs -f`, `-f` after
 * `logs` means --follow; elsewhere it names the compose file (--file works everywhere). */
export function parseCommandLine(argv: string[]): ParsedCommandLine {
  const terminator = argv.indexOf('--');
  const before = terminator === -1 ? argv : argv.slice(0, terminator);
  const testCommand = terminator === -1 ? [] : argv.slice(terminator + 1);
  const found = findCommand(before);
  const args =
    found.command === 'logs'
      ? before.map((arg, index) => (index > found.index && arg === '-f' ? '--follow' : arg))
      : before;
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: OPTIONS });
  const [name, ...rest] = positionals;
  return {
    command: name,
    help: values.help,
    options: {
      config: values.config,
      file: values.file,
      name: values.name,
      keep: values.keep,
      build: !values['no-build'],
      noCache: values['no-cache'],
      all: values.all,
      graceful: values.graceful,
      images: values.images,
      collect: values.collect,
      verbose: values.verbose,
      json: values.json,
      follow: values.follow,
      force: values.force,
      image: values.image,
      env: values.env,
      reports: values.reports,
      timeout: values.timeout,
      testCommand,
      kubeconfig: values.kubeconfig,
      context: values.context,
      parallel: values.parallel,
      maxParallel: values['max-parallel'],
      watch: values.watch,
      positionals: rest,
    },
  };
}
