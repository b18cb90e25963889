import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  missingImages,
  parseCrictlImages,
  type WantedImage,
} from '../../../../../src/kube/kind/image-load/node-images.js';

describe('which images a node lacks', () => {
  const crictl = JSON.stringify({
    images: [
      { id: 'sha256:aaa', repoTags: ['docker.io/library/api:run-1'], size: '1' },
      { id: 'sha256:bbb', repoTags: ['docker.io/library/worker:run-0'] },
      { id: 'sha256:ccc', repoTags: null },
    ],
  });
  const held = parseCrictlImages(crictl);
  const want = (ref: string, normalized: string, id: string): WantedImage => ({ ref, normalized, id });
  it('reads crictl images -o json', () => {
    assert.deepEqual([...held.keys()], ['sha256:aaa', 'sha256:bbb', 'sha256:ccc']);
    assert.deepEqual([...(held.get('sha256:aaa') ?? [])], ['docker.io/library/api:run-1']);
  });
  const cases: [string, WantedImage, boolean][] = [
    ['same ID and tag: held', want('api:run-1', 'docker.io/library/api:run-1', 'sha256:aaa'), false],
    ['same tag, other ID: missing', want('api:run-1', 'docker.io/library/api:run-1', 'sha256:zzz'), true],
    [
      'same ID, other tag: missing',
      want('worker:run-1', 'docker.io/library/worker:run-1', 'sha256:bbb'),
      true,
    ],
    ['not there: missing', want('db:run-1', 'docker.io/library/db:run-1', 'sha256:ddd'), true],
  ];
  for (const [name, image, missing] of cases) {
    it(name, () => assert.deepEqual(missingImages(held, [image]), missing ? [image] : []));
  }
});
