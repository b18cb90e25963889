import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigurationError } from '../../src/errors.js';
import {
  missingImages,
  parseCrictlImages,
  type WantedImage,
} from '../../src/kube/kind/image-load/node-images.js';
import { checkLoadableRef, normalizeImageRef } from '../../src/kube/kind/image-load/refs.js';
import { registryHostsToml, registryReference } from '../../src/kube/kind/registry/config.js';

describe('checkLoadableRef', () => {
  for (const ref of ['api:run-1', 'ghcr.io/acme/api:v1', 'localhost:5001/api:pr-7', 'debian:bookworm-slim']) {
    it(`accepts ${ref}`, () => assert.equal(checkLoadableRef(` ${ref} `, 'in'), ref));
  }
  const refused: [string, RegExp][] = [
    ['api:latest', /is tagged :latest\. Kubernetes gives :latest images imagePullPolicy Always/],
    ['api', /has no tag \(which means :latest\)/],
    ['localhost:5001/api', /has no tag/],
    ['api@sha256:' + 'a'.repeat(64), /digest reference/],
  ];
  for (const [ref, message] of refused) {
    it(`refuses ${ref.slice(0, 30)}`, () =>
      assert.throws(
        () => checkLoadableRef(ref, 'image 2'),
        (error: unknown) =>
          error instanceof ConfigurationError &&
          message.test(error.message) &&
          error.message.startsWith('image 2: '),
      ));
  }
});

describe('normalizeImageRef / registryReference', () => {
  const cases: [string, string, string][] = [
    ['api:run-1', 'docker.io/library/api:run-1', 'localhost:5001/api:run-1'],
    ['acme/api:v1', 'docker.io/acme/api:v1', 'localhost:5001/acme/api:v1'],
    ['ghcr.io/acme/api:v1', 'ghcr.io/acme/api:v1', 'localhost:5001/acme/api:v1'],
    ['localhost:5000/api:v1', 'localhost:5000/api:v1', 'localhost:5001/api:v1'],
    ['localhost/api:v1', 'localhost/api:v1', 'localhost:5001/api:v1'],
  ];
  for (const [ref, normalized, pushed] of cases) {
    it(ref, () => {
      assert.equal(normalizeImageRef(ref), normalized);
      assert.equal(registryReference('localhost:5001', ref), pushed);
    });
  }
  it('points containerd at the registry container over HTTP', () => {
    assert.equal(
      registryHostsToml('sk-1-registry'),
      '[host."http://sk-1-registry:5000"]\n  capabilities = ["pull", "resolve"]\n',
    );
  });
});

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
