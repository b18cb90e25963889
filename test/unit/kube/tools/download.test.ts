import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DOWNLOAD_BASES, toolDownload } from '../../../../src/kube/tools/download.js';

describe('toolDownload', () => {
  it('builds the published URLs', () => {
    assert.deepEqual(toolDownload('kind', 'v0.29.0', {}, 'linux', 'x64'), {
      tool: 'kind',
      version: 'v0.29.0',
      url: 'https://github.com/kubernetes-sigs/kind/releases/download/v0.29.0/kind-linux-amd64',
      checksumUrl:
        'https://github.com/kubernetes-sigs/kind/releases/download/v0.29.0/kind-linux-amd64.sha256sum',
      fileName: 'kind',
    });
    assert.deepEqual(toolDownload('kubectl', 'v1.33.1', {}, 'darwin', 'arm64'), {
      tool: 'kubectl',
      version: 'v1.33.1',
      url: 'https://dl.k8s.io/release/v1.33.1/bin/darwin/arm64/kubectl',
      checksumUrl: 'https://dl.k8s.io/release/v1.33.1/bin/darwin/arm64/kubectl.sha256',
      fileName: 'kubectl',
    });
  });
  it('takes the base from the environment', () => {
    const env = {
      [DOWNLOAD_BASES.kind.env]: 'http://127.0.0.1:9/kind/',
      [DOWNLOAD_BASES.kubectl.env]: 'http://127.0.0.1:9/k8s',
    };
    assert.equal(
      toolDownload('kind', 'v0.29.0', env, 'linux', 'x64').url,
      'http://127.0.0.1:9/kind/v0.29.0/kind-linux-amd64',
    );
    assert.equal(
      toolDownload('kubectl', 'v1.33.1', env, 'linux', 'x64').checksumUrl,
      'http://127.0.0.1:9/k8s/v1.33.1/bin/linux/amd64/kubectl.sha256',
    );
  });
});
