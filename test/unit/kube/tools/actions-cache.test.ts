import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  ACTIONS_CACHE_LAYOUT,
  actionsCacheDir,
  actionsCacheKey,
  actionsCacheOffered,
} from '../../../../src/kube/tools/actions-cache.js';

describe('actionsCacheKey', () => {
  const cases: [Parameters<typeof actionsCacheKey>[0], string][] = [
    [
      { tool: 'kind', version: 'v0.29.0', fileName: 'kind', platform: 'linux', arch: 'x64' },
      'inception-kind-v0.29.0-linux-x64-layout1',
    ],
    [
      { tool: 'kubectl', version: 'v1.33.1', fileName: 'kubectl', platform: 'darwin', arch: 'arm64' },
      'inception-kubectl-v1.33.1-darwin-arm64-layout1',
    ],
    [
      { tool: 'kind', version: 'v0.29.0', fileName: 'kind.exe', platform: 'win32', arch: 'x64' },
      'inception-kind-v0.29.0-win32-x64-layout1',
    ],
  ];
  for (const [tool, key] of cases) {
    it(`${tool.tool} ${tool.version} on ${tool.platform}/${tool.arch} → ${key}`, () => {
      assert.equal(actionsCacheKey(tool), key);
    });
  }

  it('defaults to this platform and ends with the layout', () => {
    const key = actionsCacheKey({ tool: 'kind', version: 'v0.29.0', fileName: 'kind' });
    assert.equal(
      key,
      `inception-kind-v0.29.0-${process.platform}-${process.arch}-layout${ACTIONS_CACHE_LAYOUT}`,
    );
  });

  it('is a valid @actions/cache key: no comma, at most 512 characters', () => {
    const key = actionsCacheKey({ tool: 'kubectl', version: 'v1.33.1', fileName: 'kubectl' });
    assert.doesNotMatch(key, /,/);
    assert.ok(key.length <= 512);
  });
});

describe('actionsCacheDir', () => {
  it('is the same folder in every run: the temp dir and the key, nothing of the runner', () => {
    const tool = {
      tool: 'kind',
      version: 'v0.29.0',
      fileName: 'kind',
      platform: 'linux',
      arch: 'x64',
    } as const;
    assert.equal(
      actionsCacheDir(tool, '/tmp'),
      '/tmp/inception-actions-cache/inception-kind-v0.29.0-linux-x64-layout1',
    );
  });
});

describe('actionsCacheOffered', () => {
  const cases: [string, NodeJS.ProcessEnv, boolean][] = [
    ['no runner', {}, false],
    [
      'v2 (hosted runners)',
      { ACTIONS_RESULTS_URL: 'https://results/', ACTIONS_CACHE_SERVICE_V2: 'true' },
      true,
    ],
    ['v1 (GHES, act)', { ACTIONS_CACHE_URL: 'http://127.0.0.1:1/' }, true],
    ['empty values', { ACTIONS_RESULTS_URL: '', ACTIONS_CACHE_URL: '' }, false],
  ];
  for (const [name, env, offered] of cases) {
    it(`${name}: ${offered}`, () => assert.equal(actionsCacheOffered(env), offered));
  }
});
