import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { parse } from 'yaml';
import { repoRoot } from './support/act.js';
import { ACTIONS_REPOSITORY, ACTIONS_REF } from './support/actions-repository.js';

// The README's workflow examples are the files the e2e runs use: a block marked
// `<!-- example: <file> -->` must be that file, its leading comment lines left out. No act, no engine.

// The root README and each action's README.
const readme = ['README.md', 'collect-logs/README.md', 'record-timings/README.md']
  .map((file) => readFileSync(path.join(repoRoot, file), 'utf8'))
  .join('\n');

/** Each marked block: the file it names and the block's text. */
function markedExamples(markdown: string): { file: string; block: string }[] {
  return [...markdown.matchAll(/<!-- example: (\S+) -->\n```ya?ml\n([\s\S]*?)\n```/g)].map((m) => ({
    file: m[1]!,
    block: m[2]!,
  }));
}

function withoutLeadingComments(text: string): string {
  const lines = text.split('\n');
  while (lines[0]?.startsWith('#')) lines.shift();
  return lines.join('\n').trim();
}

type Inputs = Record<string, { required?: boolean }>;

/** The `with:` of every step or job that uses `uses`, from a workflow. */
function usesWith(workflow: string, uses: string): Record<string, unknown>[] {
  const jobs = (parse(workflow) as { jobs: Record<string, Record<string, unknown>> }).jobs;
  const found: Record<string, unknown>[] = [];
  for (const job of Object.values(jobs)) {
    if (job.uses === uses) found.push((job.with as Record<string, unknown>) ?? {});
    for (const step of (job.steps as Record<string, unknown>[] | undefined) ?? []) {
      if (step.uses === uses) found.push((step.with as Record<string, unknown>) ?? {});
    }
  }
  return found;
}

function checkInputs(given: Record<string, unknown>, inputs: Inputs, what: string): void {
  for (const name of Object.keys(given)) {
    assert.ok(name in inputs, `${what} has no input "${name}"; it has ${Object.keys(inputs).join(', ')}`);
  }
  for (const [name, input] of Object.entries(inputs)) {
    if (input.required) assert.ok(name in given, `${what} needs input "${name}"`);
  }
}

describe('the README examples', () => {
  const examples = markedExamples(readme);
  const read = (file: string) => readFileSync(path.join(repoRoot, file), 'utf8');

  test('the Docker and cluster paths, the root action, the reusable workflow (also sharded) and record-timings each have a marked example', () => {
    const files = examples.map((e) => e.file);
    for (const file of [
      'test/e2e/workflows/docker-matrix.yml',
      'test/e2e/workflows/cluster-path.yml',
      'test/e2e/workflows/root-action.yml',
      'test/e2e/workflows/reusable-workflow.yml',
      'test/e2e/workflows/reusable-sharded.yml',
      'test/e2e/workflows/shard-timings.yml',
    ]) {
      assert.equal(files.filter((f) => f === file).length, 1, `README examples: ${files.join(', ')}`);
    }
  });

  for (const { file, block } of examples) {
    test(`the example of ${file} is that file`, () => {
      assert.equal(block.trim(), withoutLeadingComments(read(file)));
    });
  }

  test('the root action example passes only inputs the root action.yml declares', () => {
    const uses = `${ACTIONS_REPOSITORY}@${ACTIONS_REF}`;
    const withs = usesWith(read('test/e2e/workflows/root-action.yml'), uses);
    assert.equal(withs.length, 1);
    const { inputs } = parse(read('action.yml')) as { inputs: Inputs };
    checkInputs(withs[0]!, inputs, 'action.yml');
  });

  /** The caller's `with:`, checked against the inputs integration.yml declares. */
  function checkedCaller(file: string): Record<string, unknown> {
    const uses = `${ACTIONS_REPOSITORY}/.github/workflows/integration.yml@${ACTIONS_REF}`;
    const withs = usesWith(read(file), uses);
    assert.equal(withs.length, 1);
    const called = parse(read('.github/workflows/integration.yml')) as {
      on: { workflow_call: { inputs: Inputs } };
    };
    checkInputs(withs[0]!, called.on.workflow_call.inputs, 'integration.yml');
    return withs[0]!;
  }

  test('the sharded caller passes only inputs integration.yml declares', () => {
    assert.equal(checkedCaller('test/e2e/workflows/reusable-sharded.yml').shards, 3);
  });

  test('the reusable workflow caller passes only inputs integration.yml declares, the required ones too', () => {
    const given = checkedCaller('test/e2e/workflows/reusable-workflow.yml');
    // Its matrix is JSON the workflow hands to fromJSON: every leg named, a failing one among them.
    const matrix = JSON.parse(String(given.matrix)) as { include: Record<string, string>[] };
    assert.deepEqual(
      matrix.include.map((leg) => leg.leg),
      ['pass', 'fail'],
    );
  });
});
