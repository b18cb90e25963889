// setup-kind's local registry against real kind: a registry container on the kind network, containerd on
// the nodes told to pull localhost:<port>/… from it, an image pushed from the runner's engine and pulled by
// a pod (imagePullPolicy Always, so it cannot come from anywhere else). registry:2 cannot be pulled here, so
// the registry image is built from the Go module proxy (distribution v3) on top of debian:bookworm-slim.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile, copyFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Docker from 'dockerode';
import { loadKubeClients, type KubeClients } from '../../src/kube/client.js';
import { createKindCluster, deleteKindCluster, type KindClusterInfo } from '../../src/kube/kind/cluster.js';
import { listKindNodes } from '../../src/kube/kind/nodes.js';
import { REGISTRY_LABEL } from '../../src/kube/kind/registry/registry.js';
import { pushToLocalRegistry } from '../../src/kube/kind/registry/push.js';
import { nodeImages } from '../../src/kube/kind/image-load/node-images.js';
import { MemoryLogger } from '../support/memory-logger.js';
import { findKindTools, run, type KindTools } from '../support/kind-cluster.js';

const REGISTRY_VERSION = 'v3.0.0';
const REGISTRY_IMAGE = `inception-test/registry:${REGISTRY_VERSION}`;
const docker = new Docker();
const id = randomBytes(3).toString('hex');
const name = `sk-reg-${id}`;
const app = `sk-reg-app:t-${id}`;
const logger = new MemoryLogger();

/** The registry image, built once per machine: `go install` of distribution's registry, then a Dockerfile. */
async function registryImage(): Promise<string> {
  if (
    await docker
      .getImage(REGISTRY_IMAGE)
      .inspect()
      .then(
        () => true,
        () => false,
      )
  )
    return REGISTRY_IMAGE;
  const bin = join(homedir(), '.cache/inception/registry-build/bin');
  if (!existsSync(join(bin, 'registry'))) {
    const go = existsSync('/usr/local/go/bin/go') ? '/usr/local/go/bin/go' : 'go';
    await run(
      go,
      [
        'install',
        '-ldflags',
        '-s -w',
        `github.com/distribution/distribution/v3/cmd/registry@${REGISTRY_VERSION}`,
      ],
      {
        env: { ...process.env, CGO_ENABLED: '0', GOBIN: bin },
        timeout: 30 * 60_000,
      },
    );
  }
  const context = await mkdtemp(join(tmpdir(), 'sk-registry-image-'));
  try {
    await copyFile(join(bin, 'registry'), join(context, 'registry'));
    await writeFile(
      join(context, 'config.yml'),
      'version: 0.1\nstorage:\n  filesystem:\n    rootdirectory: /var/lib/registry\nhttp:\n  addr: :5000\n',
    );
    await writeFile(
      join(context, 'Dockerfile'),
      'FROM debian:bookworm-slim\nCOPY registry /usr/local/bin/registry\nCOPY config.yml /etc/docker/registry/config.yml\n' +
        'VOLUME /var/lib/registry\nEXPOSE 5000\nENTRYPOINT ["registry"]\nCMD ["serve", "/etc/docker/registry/config.yml"]\n',
    );
    await run('docker', ['build', '-q', '-t', REGISTRY_IMAGE, context], { timeout: 300_000 });
  } finally {
    await rm(context, { recursive: true, force: true });
  }
  return REGISTRY_IMAGE;
}

describe('setup-kind local registry (real kind, real registry)', { timeout: 20 * 60_000 }, () => {
  let tools: KindTools;
  let dir: string;
  let cluster: KindClusterInfo;
  let clients: KubeClients;

  before(async () => {
    tools = await findKindTools();
    const image = await registryImage();
    await run('docker', ['build', '-q', '-t', app, '-'], {
      input: `FROM debian:bookworm-slim\nRUN echo pulled-${id} > /id\nCMD ["cat", "/id"]\n`,
      timeout: 300_000,
    });
    dir = await mkdtemp(join(tmpdir(), 'sk-reg-'));
    cluster = await createKindCluster({
      docker,
      kind: tools.kind,
      name,
      nodeImage: tools.nodeImage,
      config: { generate: { workers: 0, nodeLabels: {}, extraPortMappings: [] } },
      registry: { image },
      kubeconfig: join(dir, 'kubeconfig'),
      waitMs: 5 * 60_000,
      logger,
    });
    clients = loadKubeClients({ kubeconfig: cluster.kubeconfig });
  });

  after(async () => {
    await deleteKindCluster({ docker, kind: tools.kind, name, logger }).catch(() => undefined);
    await docker
      .getImage(app)
      .remove()
      .catch(() => undefined);
    if (cluster?.registry)
      await docker
        .getImage(`${cluster.registry.host}/${app}`)
        .remove()
        .catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  });

  it('runs a registry on the kind network and announces it in kube-public', async () => {
    assert.ok(cluster.registry, logger.text());
    assert.match(cluster.registry.host, /^localhost:\d+$/);
    const container = await docker.getContainer(cluster.registry.container).inspect();
    assert.ok(container.NetworkSettings.Networks.kind, 'registry joined the kind network');
    const map = await clients.core.readNamespacedConfigMap({
      name: 'local-registry-hosting',
      namespace: 'kube-public',
    });
    assert.match(map.data?.['localRegistryHosting.v1'] ?? '', new RegExp(`host: "${cluster.registry.host}"`));
  });

  it('lets a pod pull an image pushed from the runner', async () => {
    const [pushed] = await pushToLocalRegistry(docker, cluster.registry!.host, [app], logger);
    assert.equal(pushed!.registryRef, `${cluster.registry!.host}/${app}`);
    await clients.core.createNamespacedPod({
      namespace: 'default',
      body: {
        metadata: { name: 'pulled' },
        spec: {
          restartPolicy: 'Never',
          containers: [{ name: 'main', image: pushed!.registryRef, imagePullPolicy: 'Always' }],
        },
      },
    });
    const deadline = Date.now() + 180_000;
    let status;
    do {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      status = (await clients.core.readNamespacedPod({ name: 'pulled', namespace: 'default' })).status;
    } while (!['Succeeded', 'Failed'].includes(status?.phase ?? '') && Date.now() < deadline);
    assert.equal(status?.phase, 'Succeeded', JSON.stringify(status?.containerStatuses));
    assert.equal(
      (await clients.core.readNamespacedPodLog({ name: 'pulled', namespace: 'default' })).trim(),
      `pulled-${id}`,
    );
    const held = await nodeImages(docker, `${name}-control-plane`);
    assert.ok([...held.values()].some((tags) => tags.has(pushed!.registryRef)));
  });

  it('removes the registry with the cluster', async () => {
    await deleteKindCluster({ docker, kind: tools.kind, name, logger });
    assert.deepEqual(await listKindNodes(docker, name), []);
    assert.deepEqual(
      await docker.listContainers({ all: true, filters: { label: [`${REGISTRY_LABEL}=${name}`] } }),
      [],
    );
  });
});
