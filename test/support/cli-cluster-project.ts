// A small project for the cluster path of the `inception` command: images that print a version and
// sleep, Deployments running them, an inception.yml with a cluster: section. Used by test/kube/cli-*.
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { startCli } from './cli-process.js';
import { BASE_IMAGE, docker } from './docker.js';

export interface ClusterProject {
  folder: string;
  /** `<prefix>-<service>`: the image of each service, removed from the engine by removeImages(). */
  imageOf(service: string): string;
  /** Writes the version the service's image prints, so that the next build makes a different image. */
  setVersion(service: string, version: string): void;
  inception(args: string[]): Promise<{ code: number | null; output: string }>;
  removeImages(): Promise<void>;
}

export interface ClusterProjectOptions {
  /** inception.yml's cluster.kind. */
  kind: Record<string, unknown>;
  namespace?: string;
  /** One image and Deployment each. */
  services: string[];
  /** The Deployments' node selector. */
  nodeSelector?: Record<string, string>;
  /** More deploy steps after the Deployments' (e.g. a helm step). */
  deploy?: unknown[];
  /** Environment of the command (KIND, HELM). */
  env?: NodeJS.ProcessEnv;
}

function deployment(name: string, placeholder: string, nodeSelector: Record<string, string>): object {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name },
    spec: {
      replicas: 1,
      selector: { matchLabels: { app: name } },
      template: {
        metadata: { labels: { app: name } },
        spec: {
          // sleep as PID 1 ignores SIGTERM: without this each rollout waits 30 s for the old pod.
          terminationGracePeriodSeconds: 0,
          automountServiceAccountToken: false,
          ...(Object.keys(nodeSelector).length > 0 ? { nodeSelector } : {}),
          containers: [{ name, image: `\${${placeholder}}`, imagePullPolicy: 'IfNotPresent' }],
        },
      },
    },
  };
}

export function writeClusterProject(options: ClusterProjectOptions): ClusterProject {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'inception-cli-project-'));
  const prefix = `cli-project-${randomBytes(3).toString('hex')}`;
  const imageOf = (service: string) => `${prefix}-${service}`;
  const placeholderOf = (service: string) => `${service.toUpperCase()}_IMAGE`;
  const setVersion = (service: string, version: string) =>
    writeFileSync(path.join(folder, 'images', service, 'version'), `${service} ${version}\n`);
  for (const service of options.services) {
    mkdirSync(path.join(folder, 'images', service), { recursive: true });
    writeFileSync(
      path.join(folder, 'images', service, 'Dockerfile'),
      `FROM ${BASE_IMAGE}\nCOPY version /version\nCMD ["sh", "-c", "cat /version; exec sleep infinity"]\n`,
    );
    setVersion(service, 'v1');
  }
  mkdirSync(path.join(folder, 'k8s'));
  writeFileSync(
    path.join(folder, 'k8s', 'apps.yaml'),
    options.services
      .map((service) => stringify(deployment(service, placeholderOf(service), options.nodeSelector ?? {})))
      .join('---\n'),
  );
  const config = {
    cluster: {
      kind: options.kind,
      ...(options.namespace ? { namespace: options.namespace } : {}),
      images: options.services.map((service) => ({
        name: imageOf(service),
        context: `images/${service}`,
        placeholder: placeholderOf(service),
      })),
      deploy: ['k8s/apps.yaml', ...(options.deploy ?? [])],
      wait: '3m',
    },
  };
  writeFileSync(path.join(folder, 'inception.yml'), stringify(config));
  return {
    folder,
    imageOf,
    setVersion,
    async inception(args) {
      const cli = startCli(args, { cwd: folder, env: options.env });
      const { code } = await cli.exited;
      return { code, output: cli.output() };
    },
    async removeImages() {
      for (const service of options.services) {
        const images = await docker.listImages({
          filters: JSON.stringify({ reference: [imageOf(service)] }),
        });
        for (const image of images)
          await docker
            .getImage(image.Id)
            .remove({ force: true })
            .catch(() => undefined);
      }
    },
  };
}
