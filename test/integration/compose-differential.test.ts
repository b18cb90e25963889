// The compose corpus (test/compose-corpus/*) loaded by compose-go — the loader `docker compose` v2.40 uses —
// and by ours, compared field by field for every key we honour. A difference fails, unless the table
// "Differences from docker compose" in setup-docker/README.md lists it as intended.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import {
  discoverComposeFiles,
  loadComposeFiles,
  type ComposeProject,
} from '../../src/config/compose/index.js';
import { composeGoLoader } from '../support/compose-go.js';
import { fromCompose, fromInception, type Comparable } from '../support/compose-comparable.js';

const CORPUS = resolve('test/compose-corpus');
const INTENDED = readIntendedDifferences(resolve('setup-docker/README.md'));
const VARIABLES = { API_KEY: 'key-from-env', FROM_HOST: 'host-value' };

interface Outcome {
  project?: Comparable;
  error?: string;
  warnings: string[];
}

describe('compose corpus: inception loads what docker compose loads, the same way', () => {
  const loader = composeGoLoader();
  const cases = readdirSync(CORPUS)
    .filter((name) => existsSync(join(CORPUS, name)))
    .sort();
  it('has at least 40 files', () => assert.ok(cases.length >= 40, `${cases.length} cases`));
  for (const name of cases) {
    it(name, async () => {
      const dir = join(CORPUS, name);
      const args = existsSync(join(dir, 'args'))
        ? readFileSync(join(dir, 'args'), 'utf8').split('\n').filter(Boolean)
        : ['-f', 'compose.yml'];
      const theirs = runComposeGo(loader, dir, args);
      const ours = await runInception(dir, args);
      if (name.startsWith('error-')) {
        assert.ok(theirs.error, `compose accepts ${name}, but the case expects an error`);
        assert.ok(ours.error, `compose fails with "${theirs.error}", inception accepts it`);
        return;
      }
      assert.equal(theirs.error, undefined, `compose fails: ${theirs.error}`);
      assert.equal(ours.error, undefined, `inception fails: ${ours.error}`);
      const differences = compare(theirs.project as Comparable, ours.project as Comparable).filter(
        (difference) =>
          !INTENDED.some((row) => row.field === difference.field && (row.case === '*' || row.case === name)),
      );
      assert.deepEqual(differences, [], 'differences not listed in setup-docker/README.md');
      assert.deepEqual(
        unsetNames(ours.warnings),
        unsetNames(theirs.warnings),
        'unset variables warned about',
      );
    });
  }
});

function runComposeGo(loader: string, dir: string, args: string[]): Outcome {
  const output = execFileSync(loader, ['--project-directory', dir, ...args], {
    cwd: dir,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, PWD: dir, ...VARIABLES },
    encoding: 'utf8',
  });
  const result = JSON.parse(output) as { project?: unknown; error?: string; warnings: string[] };
  return result.project
    ? { project: fromCompose(result.project), warnings: result.warnings }
    : { error: result.error ?? 'no project', warnings: result.warnings };
}

async function runInception(dir: string, args: string[]): Promise<Outcome> {
  const files: string[] = [];
  const profiles: string[] = [];
  const services: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '-f') files.push(join(dir, args[++i] as string));
    else if (args[i] === '--profile') profiles.push(args[++i] as string);
    else services.push(args[i] as string);
  }
  const env = { HOME: process.env.HOME, ...VARIABLES };
  try {
    const project: ComposeProject = await loadComposeFiles(
      files.length ? files : discoverComposeFiles(dir, env),
      {
        env,
        profiles,
        services,
      },
    );
    return { project: fromInception(project), warnings: project.warnings };
  } catch (error) {
    return { error: (error as Error).message, warnings: [] };
  }
}

interface Difference {
  field: string;
  service: string;
  compose: unknown;
  inception: unknown;
}

function compare(theirs: Comparable, ours: Comparable): Difference[] {
  const differences: Difference[] = [];
  const push = (field: string, service: string, compose: unknown, inception: unknown) => {
    if (JSON.stringify(compose) !== JSON.stringify(inception))
      differences.push({ field, service, compose, inception });
  };
  push('name', '', theirs.name, ours.name);
  push('services', '', Object.keys(theirs.services).sort(), Object.keys(ours.services).sort());
  push('volumes', '', theirs.volumes, ours.volumes);
  push('networks', '', theirs.networks, ours.networks);
  push('network_settings', '', record(theirs.network_settings), record(ours.network_settings));
  for (const [service, fields] of Object.entries(theirs.services)) {
    const mine = ours.services[service];
    if (!mine) continue;
    for (const field of new Set([...Object.keys(fields), ...Object.keys(mine)])) {
      push(field, service, fields[field], mine[field]);
    }
  }
  return differences;
}

const record = (value: Record<string, unknown> | undefined) =>
  Object.fromEntries(Object.entries(value ?? {}).sort(([a], [b]) => a.localeCompare(b)));

function unsetNames(warnings: string[]): string[] {
  const names = warnings.map(
    (warning) => /(?:The "|variable )(\w+)"? (?:variable )?is not set/.exec(warning)?.[1],
  );
  return [...new Set(names.filter((name): name is string => name !== undefined))].sort();
}

/** Rows `| field | corpus case or * | why |` of the table under "Differences from docker compose". */
function readIntendedDifferences(readme: string): { field: string; case: string }[] {
  const text = readFileSync(readme, 'utf8');
  const start = text.indexOf('## Differences from docker compose');
  assert.ok(start >= 0, `${readme} has a "## Differences from docker compose" section`);
  const section = text.slice(start).split(/\n## /)[0] as string;
  return section
    .split('\n')
    .map((line) => /^\|\s*`([^`]+)`\s*\|\s*`?([^|`]+?)`?\s*\|/.exec(line))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => ({ field: match[1] as string, case: (match[2] as string).trim() }));
}
