import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  kubectlSupportsServer,
  parseKindVersionOutput,
  parseKubectlVersionOutput,
  requireVersion,
  sameRelease,
  toolCacheVersion,
} from '../../../../src/kube/tools/version.js';

describe('tool version parsing', () => {
  const kind: [string, string | undefined][] = [
    ['kind v0.29.0 go1.24.2 linux/amd64\n', 'v0.29.0'],
    ['kind v0.30.0-alpha+abc go1.25 darwin/arm64', 'v0.30.0-alpha+abc'],
    ['kind version 0.8.1', undefined],
    ['', undefined],
  ];
  for (const [output, want] of kind)
    it(`kind: ${JSON.stringify(output)}`, () => assert.equal(parseKindVersionOutput(output), want));

  const kubectl: [string, string | undefined][] = [
    [
      '{"clientVersion":{"major":"1","minor":"32","gitVersion":"v1.32.4-dispatcher"},"kustomizeVersion":"v5.5.0"}',
      'v1.32.4-dispatcher',
    ],
    ['{"clientVersion":{}}', undefined],
    ['error: unknown flag', undefined],
  ];
  for (const [output, want] of kubectl)
    it(`kubectl: ${output.slice(0, 40)}`, () => assert.equal(parseKubectlVersionOutput(output), want));

  it('normalizes a version a user wrote', () => {
    assert.equal(requireVersion('0.29.0', 'in'), 'v0.29.0');
    assert.equal(requireVersion(' v1.33.1 ', 'in'), 'v1.33.1');
    assert.throws(
      () => requireVersion('1.33', 'Input "kubectl-version"'),
      /Input "kubectl-version": "1.33" is not a version/,
    );
    assert.throws(() => requireVersion('latest', 'in'), /not a version/);
    assert.equal(toolCacheVersion('v0.29.0'), '0.29.0');
  });

  const skew: [string, string, boolean][] = [
    ['v1.32.4-dispatcher', 'v1.33.1', true],
    ['v1.33.0', 'v1.33.1', true],
    ['v1.34.2', 'v1.33.1', true],
    ['v1.31.9', 'v1.33.1', false],
    ['v2.33.1', 'v1.33.1', false],
    ['garbage', 'v1.33.1', false],
  ];
  for (const [client, server, want] of skew) {
    it(`kubectl ${client} with server ${server}: ${want}`, () =>
      assert.equal(kubectlSupportsServer(client, server), want));
  }
  it('compares releases without build suffixes', () => {
    assert.equal(sameRelease('v1.33.1+k3s1', 'v1.33.1'), true);
    assert.equal(sameRelease('0.29.0', 'v0.29.0'), true);
    assert.equal(sameRelease('v0.29.1', 'v0.29.0'), false);
  });
});
