// The bundled setup-kind action as the runner runs it: node 24 on dist/, INPUT_* variables and the runner's
// command files for the main step, then the post step with the state main saved. kind comes through the
// real tool cache from a local HTTP server (a copy of the kind binary and its sha256); the cluster is real.
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Docker from 'dockerode';
import { loadKubeClients } from '../../src/kube/client.js';
import { readClusterReadiness } from '../../src/kube/kind/ready.js';
import { deleteKindCluster } from '../../src/kube/kind/cluster.js';
import { listKindNodes } from '../../src/kube/kind/nodes.js';
import { silentLogger } from '../../src/log.js';
import { findKindTools, type KindTools } from '../support/kind-cluster.js';
import { ActionJob, parseCommandFile, type StepResult } from '../support/action-runner.js';

const docker = new Docker();
const name = `sk-act-${randomBytes(3).toString('hex')}`;

describe('setup-kind action, main and post (real kind, real tool cache)', { timeout: 15 * 60_000 }, () => {
  let tools: KindTools;
  let dir: string;
  let server: Server;
  let base: string;
  let job: ActionJob;
  let main: StepResult;
  let outputs: Record<string, string>;
  let state: Record<string, string>;

  before(async () => {
    tools = await findKindTools();
    dir = await mkdtemp(join(tmpdir(), 'sk-action-'));
    const kind = await readFile(tools.kind);
    const digest = createHash('sha256').update(kind).digest('hex');
    server = createServer((request, response) => {
      if (request.url === '/v0.29.0/kind-linux-amd64') response.end(kind);
      else if (request.url === '/v0.29.0/kind-linux-amd64.sha256sum')
        response.end(`${digest}  kind-linux-amd64\n`);
      else response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    await mkdir(join(dir, 'temp'));
    job = new ActionJob({
      GITHUB_WORKSPACE: dir,
      GITHUB_JOB: 'kind',
      GITHUB_RUN_ID: '77',
      GITHUB_RUN_ATTEMPT: '1',
      RUNNER_TEMP: join(dir, 'temp'),
      RUNNER_TOOL_CACHE: join(dir, 'tool-cache'),
      INCEPTION_KIND_DOWNLOAD_BASE: base,
      // No kind on PATH, so it must come from the tool cache; kubectl from the system (within one minor).
      PATH: (process.env.PATH ?? '')
        .split(':')
        .filter((entry) => entry !== dirname(tools.kind))
        .join(':'),
    });
    main = await job.run('setup-kind', {
      'cluster-name': name,
      'node-image': tools.nodeImage,
      workers: '1',
      'node-labels': 'worker: node.type=services',
      wait: '5m',
    });
    outputs = main.outputs;
    state = job.state('setup-kind');
  });

  after(async () => {
    server?.close();
    await deleteKindCluster({ docker, kind: tools.kind, name, logger: silentLogger }).catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  });

  it('creates the cluster and sets every output', async () => {
    assert.equal(main.exitCode, 0, main.stdout + main.stderr);
    const kubeconfig = join(dir, 'temp', `kind-${name}.kubeconfig`);
    assert.deepEqual(
      { ...outputs, 'kubernetes-version': outputs['kubernetes-version']?.replace(/\.\d+$/, '.x') },
      {
        kubeconfig,
        context: `kind-${name}`,
        'cluster-name': name,
        'kind-version': 'v0.29.0',
        'kubernetes-version': 'v1.33.x',
        registry: '',
      },
    );
    const readiness = await readClusterReadiness(loadKubeClients({ kubeconfig }));
    assert.equal(readiness.ready, true);
    assert.equal(readiness.nodes.length, 2);
  });

  it('installs kind through the tool cache and exports the cluster for later steps', () => {
    const toolDir = join(dir, 'tool-cache', 'kind', '0.29.0', 'x64');
    assert.equal(main.files.GITHUB_PATH!.trim(), toolDir);
    assert.match(main.stdout, /downloading http:\/\/127\.0\.0\.1:\d+\/v0\.29\.0\/kind-linux-amd64/);
    assert.match(main.stdout, /kubectl v1\.3\d\.\d+\S*: .* \(preinstalled\)/);
    const env = parseCommandFile(main.files.GITHUB_ENV!);
    assert.equal(env.KUBECONFIG, outputs.kubeconfig);
    assert.equal(env.INCEPTION_KIND_CLUSTER, name);
    assert.equal(JSON.parse(state['setup-kind'] ?? '{}').kind, join(toolDir, 'kind'));
    assert.equal(state['main-finished'], 'true');
  });

  it('logs each phase in a group with its duration and writes a summary', () => {
    for (const title of [
      'Install kind v0.29.0',
      `Create kind cluster ${name}`,
      `Wait for nodes and CoreDNS of ${name}`,
    ]) {
      assert.match(main.stdout, new RegExp(`::group::${title}`));
      assert.match(main.stdout, new RegExp(`${title}: done in \\d`));
    }
    assert.match(main.files.GITHUB_STEP_SUMMARY!, new RegExp(`\\| ${name}-worker \\| Ready \\|`));
  });

  it('post with keep: true leaves the cluster; post on a failed job collects diagnostics, then deletes', async () => {
    const saved = JSON.parse(state['setup-kind'] ?? '{}');
    const kept = await job.run('setup-kind', {}, 'post', {
      'STATE_setup-kind': JSON.stringify({ ...saved, keep: true }),
    });
    assert.match(kept.stdout, /keep: true, kind cluster .* is left running/);
    assert.equal((await listKindNodes(docker, name)).length, 2);

    const post = await job.run('setup-kind', {}, 'post', { INCEPTION_JOB_FAILED: 'true' });
    assert.equal(post.exitCode, 0, post.stdout + post.stderr);
    const folder = /^diagnostics: (.+)$/m.exec(post.stdout)?.[1];
    assert.ok(folder, post.stdout);
    const collected = await readdir(join(folder, 'kubernetes'), { recursive: true });
    assert.ok(
      collected.some((file) => /kube-system/.test(file)),
      collected.join('\n'),
    );
    assert.ok(
      collected.some((file) => file.includes(`${name}-control-plane`)),
      'kind node logs exported',
    );
    assert.match(post.stdout, new RegExp(`::group::Delete kind cluster ${name}`));
    assert.doesNotMatch(post.stdout, /could not delete/);
    assert.deepEqual(await listKindNodes(docker, name), []);
  });
});
