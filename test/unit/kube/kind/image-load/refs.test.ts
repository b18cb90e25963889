import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigurationError } from '../../../../../src/errors.js';
import { checkLoadableRef, normalizeImageRef } from '../../../../../src/kube/kind/image-load/refs.js';
import { registryReference } from '../../../../../src/kube/kind/registry/config.js';

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
});
