import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { builtImagesOf, namedWorkloads } from '../../../../src/cli/cluster/named-workloads.js';
import type { WorkloadImages } from '../../../../src/kube/deploy/index.js';

const image = (name: string) => ({ name, context: `/p/${name}`, args: {}, placeholder: 'X' });
const images = [image('shop-app'), image('shop-broker')];
const workload = (kind: 'Deployment' | 'StatefulSet', name: string, ...refs: string[]): WorkloadImages => ({
  workload: { kind, name, namespace: 'shop' },
  containers: refs.map((ref, index) => ({ name: `c${index}`, image: ref, init: false })),
});
const api = workload('Deployment', 'api', 'shop-app:up-1');
const worker = workload('Deployment', 'worker', 'shop-app:up-1');
const broker = workload('StatefulSet', 'broker', 'shop-broker:up-1', 'redis:7');
const all = [api, worker, broker];

describe('the workloads refresh and restart name on the cluster path', () => {
  const cases: [names: string[], expected: string[]][] = [
    [['api'], ['api']],
    [
      ['broker', 'api'],
      ['broker', 'api'],
    ],
    [['shop-app'], ['api', 'worker']],
    [
      ['api', 'shop-app'],
      ['api', 'worker'],
    ],
  ];
  for (const [names, expected] of cases) {
    test(`${names.join(' ')} -> ${expected.join(', ')}`, () => {
      const chosen = namedWorkloads(names, all, images, 'refresh', 'shop');
      assert.deepEqual(
        chosen.map((w) => w.workload.name),
        expected,
      );
    });
  }

  test('an unknown name: the error lists the workloads and the images', () => {
    assert.throws(
      () => namedWorkloads(['apii'], all, images, 'refresh', 'shop'),
      /"apii" is neither .* in shop: the workloads of shop: api, worker, broker; the images of cluster\.images: shop-app, shop-broker/,
    );
  });

  test('no name: the error gives an example', () => {
    assert.throws(() => namedWorkloads([], all, images, 'restart', 'shop'), /e\.g\. inception restart api/);
  });

  test('the images of cluster.images a workload runs, by repository (other images are not ours)', () => {
    assert.deepEqual(
      builtImagesOf(broker, images).map((i) => i.name),
      ['shop-broker'],
    );
    assert.deepEqual(builtImagesOf(workload('Deployment', 'x', 'redis:7'), images), []);
  });
});
