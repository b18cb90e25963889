import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, describe, it } from 'node:test';
import { parse as parseYaml } from 'yaml';
import { readSetupKindInputs } from '../../../../src/actions/setup-kind/inputs.js';
import { ConfigurationError } from '../../../../src/errors.js';
import { repoRoot } from '../../../support/action-runner.js';

function withInputs(inputs: Record<string, string>) {
  for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value;
}

/** Every input of an action.yml as the runner passes it: the value given, else its default, else ''
 * (an expression default, `${{ … }}`, is left ''). */
function withRunnerInputs(action: string, given: Record<string, string>) {
  const { inputs } = parseYaml(readFileSync(join(repoRoot, action, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
  };
  for (const [name, input] of Object.entries(inputs)) {
    const fallback = input.default?.startsWith('${{') ? '' : (input.default ?? '');
    process.env[`INPUT_${name.toUpperCase()}`] = given[name] ?? fallback;
  }
}

afterEach(() => {
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
});

describe('readSetupKindInputs', () => {
  let workspace: string;
  before(async () => {
    workspace = await mkdtemp(join(tmpdir(), 'sk-inputs-'));
    await writeFile(join(workspace, 'kind.yaml'), 'kind: Cluster\n');
  });
  after(() => rm(workspace, { recursive: true, force: true }));
  const env = () => ({
    GITHUB_WORKSPACE: workspace,
    GITHUB_RUN_ID: '42',
    GITHUB_RUN_ATTEMPT: '2',
    RUNNER_TEMP: '/runner/_temp',
  });

  const defaults = {
    version: 'v0.29.0',
    nodeImage: undefined,
    kubectlVersion: undefined,
    clusterName: 'inception-42-2',
    config: { generate: { workers: 0, nodeLabels: {}, extraPortMappings: [] } },
    registry: undefined,
    waitMs: 300_000,
    kubeconfig: '/runner/_temp/kind-inception-42-2.kubeconfig',
    keep: false,
    collectLogs: 'on-failure',
    matrix: undefined,
    installOnly: false,
    cache: true,
  };

  it('has defaults for everything', () => {
    assert.deepEqual(readSetupKindInputs(env()), defaults);
  });

  it('reads a generated config, a registry port and the rest', () => {
    withInputs({
      version: '0.29.0',
      'node-image': 'kindest/node:v1.33.1',
      'kubectl-version': 'v1.33.1',
      'cluster-name': 'it-1',
      workers: '2',
      'node-labels': 'worker: node.type=services\ncontrol-plane: {ingress-ready: "true"}',
      'extra-port-mappings': '8080:80\n127.0.0.1:8443:443/tcp',
      registry: '5001',
      'registry-image': 'mirror.local/registry:2.8',
      wait: '90s',
      kubeconfig: 'out/kubeconfig',
      keep: 'true',
      'collect-logs-on-failure': 'always',
    });
    const inputs = readSetupKindInputs(env());
    assert.deepEqual(inputs.config, {
      generate: {
        workers: 2,
        nodeLabels: { worker: { 'node.type': 'services' }, 'control-plane': { 'ingress-ready': 'true' } },
        extraPortMappings: [
          { containerPort: 80, hostPort: 8080 },
          { containerPort: 443, hostPort: 8443, listenAddress: '127.0.0.1', protocol: 'TCP' },
        ],
      },
    });
    assert.deepEqual(
      [
        inputs.version,
        inputs.nodeImage,
        inputs.kubectlVersion,
        inputs.clusterName,
        inputs.waitMs,
        inputs.keep,
      ],
      ['v0.29.0', 'kindest/node:v1.33.1', 'v1.33.1', 'it-1', 90_000, true],
    );
    assert.deepEqual(inputs.registry, { image: 'mirror.local/registry:2.8', port: 5001 });
    assert.equal(inputs.kubeconfig, join(workspace, 'out/kubeconfig'));
    assert.equal(inputs.collectLogs, 'always');
  });

  it("has the same defaults when the runner passes action.yml's", () => {
    withRunnerInputs('setup-kind', {});
    assert.deepEqual(readSetupKindInputs(env()), defaults);
  });

  it("takes a config file beside action.yml's defaults for the generated config", () => {
    withRunnerInputs('setup-kind', { config: 'kind.yaml' });
    assert.deepEqual(readSetupKindInputs(env()).config, { file: join(workspace, 'kind.yaml') });
  });

  it('takes a config file, and a registry on a free port', () => {
    withInputs({ config: 'kind.yaml', registry: 'true' });
    const inputs = readSetupKindInputs(env());
    assert.deepEqual(inputs.config, { file: join(workspace, 'kind.yaml') });
    assert.deepEqual(inputs.registry, { image: 'registry:2' });
  });

  it('reads install-only and cache', () => {
    withInputs({ 'install-only': 'true', cache: 'false' });
    const { installOnly, cache } = readSetupKindInputs(env());
    assert.deepEqual({ installOnly, cache }, { installOnly: true, cache: false });
  });

  const mistakes: [Record<string, string>, RegExp][] = [
    [
      { config: 'kind.yaml', workers: '1' },
      /Give either "config" \(your kind config file\) or "workers", not both/,
    ],
    [{ config: 'missing.yaml' }, /Input "config": .*missing\.yaml does not exist/],
    [{ workers: 'two' }, /Input "workers" is "two"; write a whole number/],
    [
      { registry: 'maybe' },
      /Input "registry" is "maybe"; write true \(a free port\), false, or the host port/,
    ],
    [{ version: 'latest' }, /Input "version": "latest" is not a version/],
    [
      { 'cluster-name': 'My_Cluster' },
      /Input "cluster-name": "My_Cluster" is not a usable kind cluster name/,
    ],
    [{ 'node-labels': 'workers: a=b' }, /Input "node-labels": "workers" is not a node role/],
    [{ wait: 'soon' }, /Input "wait": "soon" is not a duration/],
    [{ cache: 'sometimes' }, /Input "cache" is "sometimes"; write true or false/],
  ];
  for (const [inputs, message] of mistakes) {
    it(`refuses ${JSON.stringify(inputs)}`, () => {
      withInputs(inputs);
      assert.throws(
        () => readSetupKindInputs(env()),
        (error: unknown) => error instanceof ConfigurationError && message.test(error.message),
      );
    });
  }
});
