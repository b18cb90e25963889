import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseInceptionConfig } from '../../../../src/config/inception/inception-config.js';
import { ConfigurationError, failureReport } from '../../../../src/errors.js';
import { aliasBomb } from '../../../support/bad-input.js';

const FILE = '/repo/inception.yml';

/** A bad inception.yml, the key path its message must name (after `file:line:`), and what it must tell to write. */
type BadConfig = [source: string, key: string, says: RegExp];

const cases: BadConfig[] = [
  // Not a mapping.
  [
    '- compose.yml\n- tests\n',
    '',
    /expected a mapping of compose, profiles, images, tests, suites, cluster, got a list; write e\.g\.\ncompose: compose\.yml/,
  ],
  ['just some text\n', '', /got "just some text"; write e\.g\./],
  ['42\n', '', /got 42; write e\.g\./],
  ['a: [\n', '', /inception\.yml:\d+: YAML syntax error: Flow sequence/],
  ['compose: a.yml\ncompose: b.yml\n', '', /YAML syntax error: Map keys must be unique/],
  // Unknown keys, with a guess for near misses.
  [
    'composee: x.yml\n',
    'composee',
    /unknown key "composee"; did you mean "compose"\? known keys: compose, profiles, images, tests/,
  ],
  ['test: { image: t }\n', 'test', /did you mean "tests"\?/],
  ['imgaes: []\n', 'imgaes', /did you mean "images"\?/],
  ['Profiles: [a]\n', 'Profiles', /did you mean "profiles"\?/],
  ['environments: {}\n', 'environments', /unknown key "environments"; known keys: compose/],
  [
    'tests:\n  image: t\n  timout: 5m\n',
    'tests.timout',
    /:3: tests\.timout: unknown key "timout"; did you mean "timeout"\? known keys: image, command, env, reports, timeout/,
  ],
  ['tests: { imag: t }\n', 'tests.imag', /did you mean "image"\?/],
  [
    'tests: { image: t, enviroment: {} }\n',
    'tests.enviroment',
    /unknown key "enviroment"; known keys: image/,
  ],
  [
    'images:\n  - name: a\n    contxt: .\n',
    'images[0].contxt',
    /:3: images\[0\]\.contxt: unknown key "contxt"; did you mean "context"\?/,
  ],
  ['images: [{ name: a, arg: {} }]\n', 'images[0].arg', /did you mean "args"\?/],
  [`${'k'.repeat(1000)}: 1\n`, 'k'.repeat(60), /k{60}…: unknown key "k{60}…"; known keys/],
  // Huge once expanded: refused at 50 000 values, not expanded to a billion.
  [
    `x-bomb:\n${aliasBomb('  ')}\n`,
    'x-bomb',
    /more than 50000 values once aliases \(\*name\) are expanded; use fewer aliases/,
  ],
  // Wrong types and empty values.
  [
    'compose: [a, { b: 1 }]\n',
    'compose[1]',
    /expected a non-empty string, got a mapping; write e\.g\. compose\[1\]: compose\.yml/,
  ],
  ['compose: ""\n', 'compose', /expected a non-empty string, got ""/],
  ['profiles: { a: 1 }\n', 'profiles', /expected a string or a list of strings, got a mapping/],
  [
    'images: { name: x }\n',
    'images',
    /expected a list, got a mapping; write e\.g\.\nimages:\n {2}- \{ name: my-tests, context: tests \}/,
  ],
  [
    'images: [tests]\n',
    'images[0]',
    /expected a mapping, got "tests"; write \{ name: my-tests, context: tests \}/,
  ],
  [
    'images: [{ context: . }]\n',
    'images[0].name',
    /expected a non-empty string, got nothing; write e\.g\. name: my-tests/,
  ],
  ['images: [{ name: a, args: "A=1" }]\n', 'images[0].args', /expected a mapping or a list of KEY=value/],
  ['tests: 5\n', 'tests', /expected a mapping, got 5; write \{ image: my-tests, command: pytest -x \}/],
  [
    'tests: { image: "" }\n',
    'tests.image',
    /expected a non-empty string, got ""; write e\.g\. image: my-tests/,
  ],
  ['tests: { image: [a] }\n', 'tests.image', /expected a non-empty string, got a list/],
  ['tests: { image: t, timeout: ten }\n', 'tests.timeout', /"ten" is not a duration; write e\.g\. "30s"/],
  ['tests: { image: t, timeout: -1 }\n', 'tests.timeout', /-1 is not a duration/],
  ['tests: { image: t, timeout: 0 }\n', 'tests.timeout', /must be more than 0; write e\.g\. timeout: 10m/],
  [
    'tests: { image: t, command: { run: x } }\n',
    'tests.command',
    /expected a command line or a list, got a mapping; write e\.g\. command: pytest -x/,
  ],
  [
    'tests: { image: t, command: [pytest, { a: 1 }] }\n',
    'tests.command[1]',
    /expected a string, got a mapping; write e\.g\. command: \[pytest, -x\]/,
  ],
  ['tests: { image: t, command: "pytest \'x" }\n', 'tests.command', /unterminated ' quote .*close it/],
  ['tests: { image: t, env: "A=1" }\n', 'tests.env', /expected a mapping or a list of KEY=value/],
  [
    'tests: { image: t, env: { A: { b: 1 } } }\n',
    'tests.env.A',
    /expected a string, a number or a boolean, got a mapping/,
  ],
  [
    'tests: { image: t, reports: [a] }\n',
    'tests.reports',
    /expected a non-empty string, got a list; write e\.g\. reports: \/reports\/\*\.xml/,
  ],
];

describe('a bad inception.yml is a ConfigurationError naming the file, the line, the key and what to write', () => {
  for (const [source, key, says] of cases) {
    test(JSON.stringify(source.length > 60 ? `${source.slice(0, 60)}…` : source), () => {
      const error = (() => {
        try {
          parseInceptionConfig(source, FILE);
        } catch (caught) {
          return caught;
        }
        return assert.fail('the config was accepted');
      })();
      assert.ok(error instanceof ConfigurationError, `a user mistake, not a crash: ${String(error)}`);
      assert.equal(failureReport(error).stack, undefined, 'reported without a stack trace');
      const prefix = key
        ? new RegExp(`^${FILE}:\\d+: ${key.replace(/[.[\]]/g, '\\$&').slice(0, 100)}`)
        : new RegExp(`^${FILE}(:\\d+)?: `);
      assert.match(error.message, prefix);
      assert.match(error.message, says);
      assert.ok(error.message.length < 1000, `short: ${error.message.length} characters`);
    });
  }
});
