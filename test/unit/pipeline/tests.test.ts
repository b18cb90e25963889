import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { InceptionConfig } from '../../../src/config/inception/index.js';
import type { BuiltImage } from '../../../src/docker/build/index.js';
import { configTestImage, configTestName, requireTests } from '../../../src/pipeline/index.js';
import { ConfigurationError } from '../../../src/errors.js';

const tests = { image: 'shop-tests', env: {}, reports: '/reports/*.xml', timeoutMs: 60_000 };
const config: InceptionConfig = {
  file: '/repo/inception.yml',
  composeOverrides: [],
  suites: [],
  compose: '/repo/compose.yml',
  profiles: [],
  images: [],
  tests,
};

function built(name: string, ref: string): BuiltImage {
  return { name, ref, id: 'sha256:0', tags: [ref], builder: 'classic', durationMs: 1 };
}

describe('the tests of an inception.yml', () => {
  it('requireTests returns the tests section, and names the file and the key when it is missing', () => {
    assert.equal(requireTests(config), tests);
    assert.throws(
      () => requireTests({ ...config, tests: undefined }),
      (error: unknown) =>
        error instanceof ConfigurationError &&
        /\/repo\/inception\.yml has no "tests:" section/.test(error.message),
    );
  });

  const images: [string, BuiltImage[], string][] = [
    [
      'one of the images: its ref of this run',
      [built('other', 'other:e1'), built('shop-tests', 'shop-tests:e1')],
      'shop-tests:e1',
    ],
    ['not built here: as written', [built('other', 'other:e1')], 'shop-tests'],
    ['no images at all: as written', [], 'shop-tests'],
  ];
  for (const [what, list, expected] of images) {
    it(`configTestImage, ${what}`, () => assert.equal(configTestImage(tests, list), expected));
  }

  it('configTestName is the environment name with -tests', () => {
    assert.equal(
      configTestName({ name: 'shop-1a2b', network: 'shop-1a2b', services: {} }),
      'shop-1a2b-tests',
    );
  });
});
