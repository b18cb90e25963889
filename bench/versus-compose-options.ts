/** Command-line flags of bench/versus-compose.ts. */
export interface VersusOptions {
  stacks: string[];
  /** Warm-image runs per tool and stack. */
  runs: number;
  /** Cold (no build cache) runs per tool and stack. */
  coldRuns: number;
  /** Environment counts brought up at once by our engine, each against 1. */
  envs: number[];
  /** Runs of each concurrency measurement. */
  parallelRuns: number;
}

export const STACKS: Record<string, { file: string; title: string }> = {
  fixture: { file: 'fixtures/compose.yml', title: 'fixtures/compose.yml (broker, migrate, api, worker)' },
  shop: { file: 'bench/stacks/shop/compose.yml', title: 'bench/stacks/shop (12 services)' },
};

const DEFAULTS: VersusOptions = {
  stacks: ['fixture', 'shop'],
  runs: 5,
  coldRuns: 2,
  envs: [4, 8],
  parallelRuns: 3,
};

export const USAGE =
  'usage: npx tsx bench/versus-compose.ts [--stacks fixture,shop] [--runs N] [--cold-runs N] [--envs 4,8] [--parallel-runs N]\n' +
  'defaults: --stacks fixture,shop --runs 5 --cold-runs 2 --envs 4,8 --parallel-runs 3; 0 runs skips a part';

const counts = (raw: string) => raw.split(',').map(Number);

/** Accepts `--flag value` and `--flag=value`; throws with the usage on anything else. */
export function parseVersusOptions(argv: string[]): VersusOptions {
  const options = { ...DEFAULTS };
  for (let index = 0; index < argv.length; index++) {
    const [flag = '', inline] = (argv[index] ?? '').split('=', 2);
    const raw = inline ?? argv[++index];
    const bad = () => new Error(`bad argument "${flag} ${raw ?? ''}"\n${USAGE}`);
    if (raw === undefined) throw bad();
    if (flag === '--stacks') {
      options.stacks = raw.split(',');
      if (options.stacks.some((stack) => !STACKS[stack])) throw bad();
    } else if (flag === '--envs') {
      options.envs = counts(raw);
      if (options.envs.some((count) => !Number.isInteger(count) || count < 2)) throw bad();
    } else if (flag === '--runs' || flag === '--cold-runs' || flag === '--parallel-runs') {
      const value = Number(raw);
      if (!Number.isInteger(value) || value < 0) throw bad();
      if (flag === '--runs') options.runs = value;
      else if (flag === '--cold-runs') options.coldRuns = value;
      else options.parallelRuns = value;
    } else throw bad();
  }
  return options;
}
