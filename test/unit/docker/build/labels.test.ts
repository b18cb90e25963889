import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { imageLabels } from '../../../../src/docker/build/labels.js';

describe('imageLabels', () => {
  const now = new Date('2025-01-02T03:04:05Z');
  it('adds OCI labels from the GitHub context and ours last', () => {
    const env = { GITHUB_REPOSITORY: 'acme/shop', GITHUB_SHA: 'abc', GITHUB_SERVER_URL: 'https://ghe.acme' };
    assert.deepEqual(imageLabels('run-1-1', { team: 'x', 'io.inception.managed': 'false' }, env, now), {
      'org.opencontainers.image.created': '2025-01-02T03:04:05.000Z',
      'org.opencontainers.image.source': 'https://ghe.acme/acme/shop',
      'org.opencontainers.image.revision': 'abc',
      team: 'x',
      'io.inception.managed': 'true',
      'io.inception.run': 'run-1-1',
    });
  });
  it('leaves source and revision out locally', () => {
    assert.deepEqual(Object.keys(imageLabels('t', {}, {}, now)).sort(), [
      'io.inception.managed',
      'io.inception.run',
      'org.opencontainers.image.created',
    ]);
  });
});
