import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import {
  helmUninstallArgs,
  helmUpgradeArgs,
  installHelmRelease,
  requireHelm,
  uninstallHelmRelease,
} from '../../../../src/kube/deploy/index.js';
import { ConfigurationError } from '../../../../src/errors.js';
import { silentLogger } from '../../../../src/log.js';

const release = { chart: '/p/charts/api', release: 'api', values: [], set: {} };
const target = { helm: 'helm', namespace: 'shop', kubeconfig: '/k/config', context: 'kind-shop' };
const targetFlags = ['--namespace', 'shop', '--kubeconfig', '/k/config', '--kube-context', 'kind-shop'];

describe('helm command lines', () => {
  test('upgrade --install: namespace, cluster, version, values files and set values in order, wait with timeout', () => {
    assert.deepEqual(
      helmUpgradeArgs(
        { ...release, version: '1.2.0' },
        target,
        ['/w/a.yaml', '/w/b.yaml'],
        { 'image.repository': 'app', hosts: 'a,b' },
        90_500,
      ),
      [
        'upgrade',
        '--install',
        'api',
        '/p/charts/api',
        ...targetFlags,
        '--version',
        '1.2.0',
        '--values',
        '/w/a.yaml',
        '--values',
        '/w/b.yaml',
        '--set',
        'image.repository=app',
        '--set',
        'hosts=a\\,b',
        '--wait',
        '--timeout',
        '91s',
      ],
    );
  });

  test('without a kubeconfig or context helm uses its own default', () => {
    assert.deepEqual(helmUpgradeArgs(release, { helm: 'helm', namespace: 'n' }, [], {}, 60_000), [
      'upgrade',
      '--install',
      'api',
      '/p/charts/api',
      '--namespace',
      'n',
      '--wait',
      '--timeout',
      '60s',
    ]);
  });

  test('uninstall waits and accepts a release already gone', () => {
    assert.deepEqual(helmUninstallArgs('api', target), [
      'uninstall',
      'api',
      ...targetFlags,
      '--wait',
      '--ignore-not-found',
    ]);
  });

  test('no helm: the error names the deploy step and says how to install helm', async () => {
    const missing = { ...target, helm: path.join(mkdtempSync(path.join(os.tmpdir(), 'no-helm-')), 'helm') };
    await assert.rejects(
      installHelmRelease({
        release,
        target: missing,
        placeholders: {},
        workDir: os.tmpdir(),
        timeoutMs: 1000,
        step: 'cluster.deploy[1]',
        logger: silentLogger,
      }),
      (error: unknown) =>
        error instanceof ConfigurationError &&
        /cluster\.deploy\[1\] installs a Helm chart, but helm \(".*helm"\) cannot be run: install helm 3/.test(
          error.message,
        ) &&
        /set HELM to its path/.test(error.message),
    );
    await assert.rejects(
      uninstallHelmRelease('api', missing, silentLogger),
      /helm release api .*install helm/,
    );
  });

  test('a helm that runs is checked once, however many steps need it', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'fake-helm-'));
    const calls = path.join(folder, 'calls');
    const helm = path.join(folder, 'helm');
    writeFileSync(calls, '');
    writeFileSync(helm, `#!/bin/sh\necho "$*" >> "${calls}"\necho v3.0.0\n`, { mode: 0o755 });
    await Promise.all([requireHelm(helm, 'cluster.deploy[0]'), requireHelm(helm, 'cluster.deploy[1]')]);
    await requireHelm(helm, 'helm release api');
    assert.deepEqual(readFileSync(calls, 'utf8').trim().split('\n'), ['version --short']);
  });
});
