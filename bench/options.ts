/** Command-line flags of the benchmark. */
export interface BenchOptions {
  /** Warm-image runs per tool. */
  runs: number;
  /** Cold-image (no build cache) runs per tool. */
  coldRuns: number;
  /** Runs of each side of the concurrency comparison. */
  parallelRuns: number;
  /** Environments brought up at once in the concurrency comparison. */
  envs: number;
}

const DEFAULTS: BenchOptions = { runs: 5, coldRuns: 2, parallelRuns: 3, envs: 4 };

const FLAGS: Record<string, keyof BenchOptions> = {
  '--runs': 'runs',
  '--cold-runs': 'coldRuns',
  '--parallel-runs': 'parallelRuns',
  '--envs': 'envs',
};

export const USAGE =
  'usage: npx tsx bench/environment-startup.ts [--runs N] [--cold-runs N] [--parallel-runs N] [--envs N]\n' +
  `defaults: --runs ${DEFAULTS.runs} --cold-runs ${DEFAULTS.coldRuns} --parallel-runs ${DEFAULTS.parallelRuns} --envs ${DEFAULTS.envs}; 0 skips a part`;

/** Accepts `--flag N` and `--flag=N`; throws with the usage on anything else. */
export function parseOptions(argv: string[]): BenchOptions {
  const options = { ...DEFAULTS };
  for (let index = 0; index < argv.length; index++) {
    const [flag = '', inline] = (argv[index] ?? '').split('=', 2);
    const key = FLAGS[flag];
    const raw = inline ?? argv[++index];
    const value = Number(raw);
    if (!key || raw === undefined || !Number.isInteger(value) || value < 0) {
      throw new Error(`bad argument "${argv.slice(index - 1, index + 1).join(' ')}"\n${USAGE}`);
    }
    options[key] = value;
  }
  if (options.envs < 2 && options.parallelRuns > 0) throw new Error(`--envs must be at least 2\n${USAGE}`);
  return options;
}
