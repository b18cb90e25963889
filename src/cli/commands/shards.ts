import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseDuration } from '../../config/values/index.js';
import { ConfigurationError } from '../../errors.js';
import type { Logger } from '../../log.js';
import { MAX_SHARDS, planFromFiles, planJson, planRows } from '../../shard/index.js';
import { formatTable } from '../services/print-services.js';

export const SHARDS_USAGE = `Usage: inception shards --tests <glob> [--tests <glob>...] [--reports <glob>...] (--shards N | --target-duration 10m) [--json]

Splits the test files across N shards by the times in JUnit reports, as the plan-shards action does.

Options:
  --tests <glob>              test files, relative to the working directory (repeatable; !glob leaves out)
  --reports <glob>            JUnit XML of earlier runs, for the timings (repeatable); none: split by count
  --shards <N>                how many shards (1-${MAX_SHARDS}); with --target-duration, the number until timings exist
  --target-duration <d>       as many shards as it takes for each to last about <d> (e.g. 10m)
  --max-shards <N>            the most --target-duration may choose (default ${MAX_SHARDS})
  --working-directory <dir>   the folder of the globs and the planned paths (default .)
  --json                      print the plan as JSON (the action's "plan" output) instead of a table`;

/** `inception shards`: needs no inception.yml and no engine; the plan on stdout, progress on stderr. */
export async function shardsCommand(
  argv: string[],
  logger: Logger,
  stdout: NodeJS.WritableStream,
): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      tests: { type: 'string', multiple: true, default: [] },
      reports: { type: 'string', multiple: true, default: [] },
      shards: { type: 'string' },
      'target-duration': { type: 'string' },
      'max-shards': { type: 'string' },
      'working-directory': { type: 'string', default: '.' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    stdout.write(`${SHARDS_USAGE}\n`);
    return 0;
  }
  if (values.tests.length === 0)
    throw new ConfigurationError('Give the test files: --tests <glob>, e.g. --tests "tests/**/test_*.py".');
  if (values.shards === undefined && values['target-duration'] === undefined) {
    throw new ConfigurationError('Give --shards <N> or --target-duration <duration> (e.g. 10m).');
  }
  const plan = await planFromFiles({
    root: path.resolve(values['working-directory']),
    tests: values.tests,
    reports: values.reports,
    ...(values.shards !== undefined ? { shards: count(values.shards, '--shards') } : {}),
    ...(values['target-duration'] !== undefined
      ? { targetSeconds: parseDuration(values['target-duration'], '--target-duration') / 1000 }
      : {}),
    ...(values['max-shards'] !== undefined ? { maxShards: count(values['max-shards'], '--max-shards') } : {}),
    logger,
  });
  if (values.json) {
    stdout.write(`${planJson(plan)}\n`);
    return 0;
  }
  const lines = formatTable(planRows(plan));
  stdout.write(`${lines[0]}\n`);
  plan.shards.forEach((shard, index) => {
    stdout.write(`${lines[index + 1]}\n`);
    for (const file of shard.files) stdout.write(`    ${file}\n`);
  });
  return 0;
}

function count(value: string, flag: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1 || parsed > MAX_SHARDS) {
    throw new ConfigurationError(`${flag} is "${value}"; write a whole number from 1 to ${MAX_SHARDS}.`);
  }
  return parsed;
}
