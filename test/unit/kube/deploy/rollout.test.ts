import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { imageWithoutTag } from '../../../../src/kube/kind/image-load/refs.js';

describe('an image ref without its tag', () => {
  const cases: [string, string][] = [
    ['app:up-1', 'app'],
    ['app', 'app'],
    ['localhost:5000/app:refresh-2', 'localhost:5000/app'],
    ['localhost:5000/app', 'localhost:5000/app'],
    ['registry.k8s.io/pause:3.10@sha256:abc', 'registry.k8s.io/pause'],
  ];
  for (const [ref, repository] of cases) test(ref, () => assert.equal(imageWithoutTag(ref), repository));
});
