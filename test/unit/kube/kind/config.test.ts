import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { ConfigurationError } from '../../../../src/errors.js';
import {
  addRegistryPatch,
  CONTAINERD_REGISTRY_PATCH,
  generateKindConfig,
  parseNodeLabels,
  parsePortMapping,
  type GeneratedKindConfig,
} from '../../../../src/kube/kind/config.js';

const base: GeneratedKindConfig = { workers: 0, nodeLabels: {}, extraPortMappings: [] };

describe('generateKindConfig', () => {
  const cases: { name: string; options: GeneratedKindConfig; registry?: boolean; want: unknown }[] = [
    {
      name: 'a single control plane',
      options: base,
      want: { kind: 'Cluster', apiVersion: 'kind.x-k8s.io/v1alpha4', nodes: [{ role: 'control-plane' }] },
    },
    {
      name: 'workers with labels per role',
      options: {
        ...base,
        workers: 2,
        nodeLabels: { worker: { 'node.type': 'services' }, 'control-plane': { tier: 'cp' } },
      },
      want: {
        kind: 'Cluster',
        apiVersion: 'kind.x-k8s.io/v1alpha4',
        nodes: [
          { role: 'control-plane', labels: { tier: 'cp' } },
          { role: 'worker', labels: { 'node.type': 'services' } },
          { role: 'worker', labels: { 'node.type': 'services' } },
        ],
      },
    },
    {
      name: 'port mappings on the control plane',
      options: { ...base, workers: 1, extraPortMappings: [{ containerPort: 80, hostPort: 8080 }] },
      want: {
        kind: 'Cluster',
        apiVersion: 'kind.x-k8s.io/v1alpha4',
        nodes: [
          { role: 'control-plane', extraPortMappings: [{ containerPort: 80, hostPort: 8080 }] },
          { role: 'worker' },
        ],
      },
    },
    {
      name: 'the registry patch',
      options: base,
      registry: true,
      want: {
        kind: 'Cluster',
        apiVersion: 'kind.x-k8s.io/v1alpha4',
        nodes: [{ role: 'control-plane' }],
        containerdConfigPatches: [CONTAINERD_REGISTRY_PATCH],
      },
    },
  ];
  for (const { name, options, registry, want } of cases) {
    it(name, () => assert.deepEqual(parse(generateKindConfig(options, registry)), want));
  }
});

describe('addRegistryPatch', () => {
  it('appends the patch to a user config and keeps the rest', () => {
    const text =
      'kind: Cluster\napiVersion: kind.x-k8s.io/v1alpha4\nnodes:\n  - role: control-plane\ncontainerdConfigPatches:\n  - "# mine"\n';
    assert.deepEqual(parse(addRegistryPatch(text, 'config')), {
      kind: 'Cluster',
      apiVersion: 'kind.x-k8s.io/v1alpha4',
      nodes: [{ role: 'control-plane' }],
      containerdConfigPatches: ['# mine', CONTAINERD_REGISTRY_PATCH],
    });
  });
  it('leaves a config that already sets config_path alone', () => {
    const text = `kind: Cluster\ncontainerdConfigPatches:\n  - ${JSON.stringify(CONTAINERD_REGISTRY_PATCH)}\n`;
    assert.equal(addRegistryPatch(text, 'config'), text);
  });
  it('refuses what is not a mapping', () => {
    assert.throws(
      () => addRegistryPatch('- a\n', 'kind config x.yaml'),
      /kind config x.yaml must be a kind Cluster config/,
    );
  });
});

describe('parsePortMapping', () => {
  const good: [string, unknown][] = [
    ['8080:80', { hostPort: 8080, containerPort: 80 }],
    [
      '127.0.0.1:8443:443/tcp',
      { hostPort: 8443, containerPort: 443, listenAddress: '127.0.0.1', protocol: 'TCP' },
    ],
    ['[::1]:53:53/udp', { hostPort: 53, containerPort: 53, listenAddress: '::1', protocol: 'UDP' }],
    ['0:80', { hostPort: 0, containerPort: 80 }],
  ];
  for (const [text, want] of good)
    it(`reads ${text}`, () => assert.deepEqual(parsePortMapping(text, 'in'), want));
  for (const text of ['80', '80:0', 'a:80', '70000:80', '8080:80/http']) {
    it(`refuses ${text}`, () =>
      assert.throws(() => parsePortMapping(text, 'Input "p"'), /Input "p": .* is not a port mapping/));
  }
});

describe('parseNodeLabels', () => {
  it('reads KEY=VALUE lists and mappings per role', () => {
    assert.deepEqual(
      parseNodeLabels(
        { worker: 'node.type=services,example.com/tier=a', 'control-plane': { ingress: 'true' } },
        'in',
      ),
      {
        worker: { 'node.type': 'services', 'example.com/tier': 'a' },
        'control-plane': { ingress: 'true' },
      },
    );
  });
  const bad: [unknown, RegExp][] = [
    [{ workers: 'a=b' }, /"workers" is not a node role/],
    [{ worker: 'novalue' }, /"novalue" is not KEY=VALUE/],
    [{ worker: 'bad key!=x' }, /not KEY=VALUE|not a valid Kubernetes label key/],
    [{ worker: 'k=has space' }, /not KEY=VALUE|not a valid Kubernetes label value/],
    [{ worker: 'k=-x' }, /"-x" \(label k\) is not a valid Kubernetes label value/],
    ['worker: a=b', /must map a role to labels/],
  ];
  for (const [value, message] of bad) {
    it(`refuses ${JSON.stringify(value)}`, () => {
      assert.throws(
        () => parseNodeLabels(value, 'Input "node-labels"'),
        (error: unknown) => {
          assert.ok(error instanceof ConfigurationError);
          assert.match(error.message, message);
          return true;
        },
      );
    });
  }
});
