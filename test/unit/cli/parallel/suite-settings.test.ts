import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { maxParallel } from '../../../../src/cli/parallel/index.js';
import { pickSuites, suiteRuns } from '../../../../src/cli/parallel/suite-settings.js';
import { parseCommandLine } from '../../../../src/cli/parse-args.js';
import { parseInceptionConfig } from '../../../../src/config/inception/index.js';

const config = parseInceptionConfig(
  `tests:
  image: shop-tests
  command: pytest
  env: { API_URL: "http://api:8080", LEVEL: base }
  timeout: 20m
suites:
  api:
    command: pytest tests/api
    env: { LEVEL: api }
  ui:
    image: ui-tests
    reports: /out/*.xml
    timeout: 5m
  smoke:
`,
  '/p/inception.yml',
);
const options = (argv: string[]) => parseCommandLine(['test', '--parallel', ...argv]).options;

describe('the suites `inception test --parallel` runs', () => {
  test('each suite: tests: with its own keys over it, the command line over both', () => {
    const runs = suiteRuns(config, options(['-e', 'LEVEL=cli', '--timeout', '1m']));
    assert.deepEqual(
      runs.map((run) => [run.name, run.tests.image, run.tests.command?.join(' '), run.tests.env.LEVEL]),
      [
        ['api', 'shop-tests', 'pytest tests/api', 'cli'],
        ['ui', 'ui-tests', 'pytest', 'cli'],
        ['smoke', 'shop-tests', 'pytest', 'cli'],
      ],
    );
    assert.deepEqual(
      runs.map((run) => run.tests.timeoutMs),
      [60_000, 60_000, 60_000],
    );
    const plain = suiteRuns(config, options([]));
    assert.deepEqual(
      plain.map((run) => [
        run.tests.env.LEVEL,
        run.tests.env.API_URL,
        run.tests.reports,
        run.tests.timeoutMs,
      ]),
      [
        ['api', 'http://api:8080', '/reports/*.xml', 1_200_000],
        ['base', 'http://api:8080', '/out/*.xml', 300_000],
        ['base', 'http://api:8080', '/reports/*.xml', 1_200_000],
      ],
    );
  });

  test('names pick suites in the file’s order; an unknown one names the known ones', () => {
    assert.deepEqual(
      pickSuites(config, ['smoke', 'api']).map((suite) => suite.name),
      ['api', 'smoke'],
    );
    assert.throws(
      () => pickSuites(config, ['api', 'web']),
      /no suite "web" in \/p\/inception\.yml: its suites are api, ui, smoke\./,
    );
  });

  test('mistakes say what to write', () => {
    const bare = parseInceptionConfig('compose: compose.yml\n', '/p/inception.yml');
    assert.throws(() => pickSuites(bare, []), /has no "suites:" section; add one/);
    assert.throws(() => suiteRuns(config, options(['--image', 'x'])), /leave out --image/);
    const noImage = parseInceptionConfig('suites: { api: { command: pytest } }\n', '/p/inception.yml');
    assert.throws(
      () => suiteRuns(noImage, options([])),
      /suite api has no test image: give suites\.api\.image/,
    );
    assert.throws(
      () => parseInceptionConfig('suites: { api: { comand: x } }\n', '/p/inception.yml'),
      /suites\.api\.comand: unknown key "comand"; did you mean "command"\?/,
    );
    assert.throws(() => maxParallel('0', 3), /--max-parallel 0: give how many suites may run at once/);
    assert.equal(maxParallel(undefined, 3), 3);
  });
});
