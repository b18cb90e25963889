import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigurationError } from '../../../../src/errors.js';
import {
  defaultRunTag,
  imageReferences,
  validateImageName,
  validateTag,
} from '../../../../src/docker/build/tags.js';

describe('defaultRunTag', () => {
  it('uses the GitHub run id and attempt', () => {
    assert.equal(defaultRunTag({ GITHUB_RUN_ID: '123', GITHUB_RUN_ATTEMPT: '2' }), 'run-123-2');
    assert.equal(defaultRunTag({ GITHUB_RUN_ID: '123' }), 'run-123-1');
  });

  it('uses a timestamp and random suffix locally, unique per call', () => {
    const now = new Date('2025-03-04T05:06:07Z');
    const tag = defaultRunTag({}, now);
    assert.match(tag, /^local-20250304050607-[0-9a-f]{6}$/);
    assert.notEqual(defaultRunTag({}, now), tag);
    validateTag(tag, 'default');
  });
});

describe('validateTag', () => {
  const valid = ['v1', 'run-1-1', 'A_b.c-d', '_x', 'x'.repeat(128)];
  const invalid = ['-x', '.x', 'a/b', 'a:b', 'x'.repeat(129), '', 'spa ce'];
  for (const tag of valid) it(`accepts ${tag.slice(0, 20)}`, () => assert.equal(validateTag(tag, 'w'), tag));
  for (const tag of invalid) {
    it(`refuses "${tag.slice(0, 20)}"`, () => assert.throws(() => validateTag(tag, 'w'), ConfigurationError));
  }
  it('refuses latest and says why', () => {
    assert.throws(
      () => validateTag('latest', 'Input "tag"'),
      (error: Error) => {
        assert.ok(error instanceof ConfigurationError);
        assert.match(error.message, /^Input "tag": the tag "latest" is not allowed/);
        assert.match(error.message, /always pull/);
        assert.match(error.message, /cannot be told apart/);
        return true;
      },
    );
  });
});

describe('validateImageName', () => {
  const valid = [
    'api',
    'acme/api',
    'ghcr.io/acme/api',
    'localhost:5000/api',
    'localhost/api',
    'a-b_c.d',
    'a__b',
    'a---b',
  ];
  const invalid = [
    ['API', /not a valid image name/],
    ['api:v1', /carries a tag/],
    ['ghcr.io/acme/api:v1', /carries a tag/],
    ['api@sha256:abc', /carries a tag or digest/],
    ['-api', /not a valid image name/],
    ['acme//api', /not a valid image name/],
    ['bad_host:x/api', /not a valid registry host/],
  ] as const;
  for (const name of valid) it(`accepts ${name}`, () => assert.equal(validateImageName(name, 'w'), name));
  for (const [name, message] of invalid)
    it(`refuses ${name}`, () => assert.throws(() => validateImageName(name, 'w'), message));
});

describe('imageReferences', () => {
  const cases = [
    [['api', 'run-1-1', []], ['api:run-1-1']],
    [
      ['api', 'run-1-1', ['v1', 'pr-7']],
      ['api:run-1-1', 'api:v1', 'api:pr-7'],
    ],
    [
      ['api', 'run-1-1', ['localhost:5000/api:ci']],
      ['api:run-1-1', 'localhost:5000/api:ci'],
    ],
    [['api', 'run-1-1', ['run-1-1']], ['api:run-1-1']],
  ] as const;
  for (const [[name, tag, extra], expected] of cases) {
    it(`${name} ${tag} ${extra.join(',')}`, () =>
      assert.deepEqual(imageReferences(name, tag, [...extra], 'image 1'), expected));
  }
  const refused = [
    [['latest'], /"latest" is not allowed/],
    [['acme/api:latest'], /"latest" is not allowed/],
    [['localhost:5000/api'], /reference without a tag/],
    [['Bad/Name:x'], /not a valid image name/],
  ] as const;
  for (const [extra, message] of refused) {
    it(`refuses extra ${extra[0]}`, () =>
      assert.throws(() => imageReferences('api', 'run-1', [...extra], 'image 1'), message));
  }
  it('refuses a latest run tag', () =>
    assert.throws(() => imageReferences('api', 'latest', [], 'image 1'), /run tag: the tag "latest"/));
});
