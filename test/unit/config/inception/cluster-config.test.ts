import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseInceptionConfig } from '../../../../src/config/inception/index.js';

describe('inception.yml cluster:', () => {
  test('every key read, paths from the file’s folder, placeholders by default from the image name', () => {
    const config = parseInceptionConfig(
      `cluster:
  kind: { name: shop, workers: 2, node-labels: { worker: { node.type: services } }, node-image: kindest/node:v1.33.1 }
  namespace: shop-tests
  images:
    - { name: shop-api, context: api }
    - { name: shop-tests, context: tests, placeholder: TESTS }
  deploy:
    - k8s/db.yaml
    - [k8s/api.yaml, k8s/worker]
    - helm: { chart: ./charts/web, values: values.yaml, set: { image: '\${SHOP_API_IMAGE}' } }
    - helm: { chart: bitnami/redis, release: cache, version: 20.1.0 }
  wait: 2m
  tests:
    image: shop-tests
    command: pytest -x
    env: { API_URL: 'http://api:8080' }
    timeout: 10m
    node-selector: { node.type: services }
`,
      '/p/inception.yml',
    );
    assert.deepEqual(config.cluster?.kind, {
      name: 'shop',
      workers: 2,
      nodeLabels: { worker: { 'node.type': 'services' } },
      nodeImage: 'kindest/node:v1.33.1',
    });
    assert.deepEqual(
      config.cluster?.images.map((image) => [image.context, image.placeholder]),
      [
        ['/p/api', 'SHOP_API_IMAGE'],
        ['/p/tests', 'TESTS'],
      ],
    );
    assert.deepEqual(config.cluster?.deploy, [
      { manifests: ['/p/k8s/db.yaml'] },
      { manifests: ['/p/k8s/api.yaml', '/p/k8s/worker'] },
      {
        helm: {
          chart: '/p/charts/web',
          release: 'web',
          values: ['/p/values.yaml'],
          set: { image: '${SHOP_API_IMAGE}' },
          version: undefined,
        },
      },
      // Not a local path: a chart reference for helm's repositories.
      { helm: { chart: 'bitnami/redis', release: 'cache', values: [], set: {}, version: '20.1.0' } },
    ]);
    assert.equal(config.cluster?.waitMs, 120_000);
    assert.deepEqual(config.cluster?.tests?.command, ['pytest', '-x']);
    assert.equal(config.cluster?.tests?.timeoutMs, 600_000);
    assert.equal(config.cluster?.tests?.reports, '/reports/*.xml');
  });

  const mistakes: [source: string, says: RegExp][] = [
    ['cluster:\n  kind: { workers: many }\n', /cluster\.kind\.workers: expected a whole number from 0 to 10/],
    [
      'cluster:\n  kind: { node-labels: { master: { a: b } } }\n',
      /node-labels\.master: a node role is control-plane or worker/,
    ],
    [
      'cluster:\n  kind: { config: kind.yaml, workers: 2 }\n',
      /cluster\.kind\.config: a kind config file replaces the generated config, so workers would be ignored/,
    ],
    ['cluster:\n  deploi: [a.yaml]\n', /cluster\.deploi: unknown key "deploi"; did you mean "deploy"\?/],
    ['cluster:\n  tests: { imag: t }\n', /cluster\.tests\.imag: unknown key/],
    [
      'cluster:\n  deploy: [{ helm: { chart: c, valuse: v.yaml } }]\n',
      /cluster\.deploy\[0\]\.helm\.valuse: unknown key/,
    ],
    [
      'cluster:\n  deploy: [{ helm: { values: v.yaml } }]\n',
      /cluster\.deploy\[0\]\.helm\.chart: expected a non-empty string/,
    ],
    [
      'cluster:\n  deploy: [{ helm: { chart: c, release: My_App } }]\n',
      /cluster\.deploy\[0\]\.helm\.release: "My_App" is not a Helm release name/,
    ],
  ];
  for (const [source, says] of mistakes) {
    test(`refused: ${source.split('\n')[1]!.trim()}`, () => {
      assert.throws(() => parseInceptionConfig(source, '/p/inception.yml'), says);
    });
  }
});
