import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseCommandLine } from '../../../../src/cli/parse-args.js';
import { composeOnlyConfig, type Project } from '../../../../src/cli/project/project.js';
import { parseEnvFlags, testSettings } from '../../../../src/cli/project/test-settings.js';

const composeOnly: Project = { config: composeOnlyConfig(['/p/compose.yml']), fromInceptionYml: false };
const withTests: Project = {
  config: {
    ...composeOnlyConfig(['/p/compose.yml']),
    tests: {
      image: 'suite',
      command: ['pytest'],
      env: { A: '1', B: '2' },
      reports: '/out/*.xml',
      timeoutMs: 60_000,
    },
  },
  fromInceptionYml: true,
};
const settings = (project: Project, argv: string[]) =>
  testSettings(project, parseCommandLine(['test', ...argv]).options);

describe('the test settings from the command line', () => {
  test('a compose file alone: --image and the command after --', () => {
    assert.deepEqual(settings(composeOnly, ['--image', 'debian', '--', 'sh', '-c', 'true']), {
      image: 'debian',
      command: ['sh', '-c', 'true'],
      env: {},
      reports: '/reports/*.xml',
      timeoutMs: 30 * 60_000,
    });
  });

  test('over inception.yml’s tests: each option replaces its key, --env adds to env', () => {
    assert.deepEqual(settings(withTests, ['-e', 'B=3', '--timeout', '2m', '--reports', '/r/*.xml']), {
      image: 'suite',
      command: ['pytest'],
      env: { A: '1', B: '3' },
      reports: '/r/*.xml',
      timeoutMs: 120_000,
    });
  });

  test('no image anywhere: says how to give one', () => {
    assert.throws(
      () => settings(composeOnly, []),
      /no test image: .*inception test --image my-tests -- pytest -x.*inception init/,
    );
  });

  test('--env KEY takes this shell’s value; a bad name or a missing value is refused', () => {
    assert.deepEqual(parseEnvFlags(['X', 'Y=a=b'], { X: 'from-shell' }), { X: 'from-shell', Y: 'a=b' });
    assert.throws(() => parseEnvFlags(['1X=2'], {}), /--env "1X=2": write KEY=VALUE/);
    assert.throws(() => parseEnvFlags(['MISSING'], {}), /--env MISSING: it has no value here/);
  });
});
