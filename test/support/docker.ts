import Docker from 'dockerode';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { removeKeptBuilds } from '../../src/docker/build/kept-builds.js';
import { removeEnvironment } from '../../src/docker/environment/cleanup/cleanup.js';
import { generateEnvironmentName } from '../../src/docker/environment/name.js';
import { silentLogger } from '../../src/log.js';

export const docker = new Docker();

/** A compose file in a fresh temp folder; returns its path. */
export function writeCompose(text: string, extraFiles: Record<string, string> = {}): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'inception-test-'));
  for (const [name, content] of Object.entries(extraFiles)) writeFileSync(path.join(folder, name), content);
  const file = path.join(folder, 'compose.yml');
  writeFileSync(file, text);
  return file;
}

/** Environment names made by a test are collected and removed by `removeAll` in `after`. */
export class EnvironmentNames {
  private readonly names: string[] = [];
  next(prefix = 'itest'): string {
    const name = generateEnvironmentName(prefix);
    this.names.push(name);
    return name;
  }
  async removeAll(): Promise<void> {
    for (const name of this.names) {
      await removeEnvironment(docker, name, silentLogger);
      // A user's next `up` reuses these; a test's project names are random, so each would stay for good.
      await removeKeptBuilds(docker, name);
    }
  }
}

/** A tiny HTTP server in perl (perl-base is in debian:bookworm-slim), answering every request; `$` doubled
 * because compose files interpolate variables. It reads the whole request first: closing a socket with
 * unread bytes sends a reset, which can drop the answer before the client reads it. */
export function perlHttpServer(port: number, body: string, delaySeconds = 0): string[] {
  const script =
    `sleep ${delaySeconds}; ` +
    `exec perl -MIO::Socket::INET -e '$s=IO::Socket::INET->new(LocalPort=>${port},Listen=>5,ReuseAddr=>1) or die "listen: $!"; ` +
    `$SIG{PIPE}="IGNORE"; print "listening on ${port}\\n"; $|=1; while($c=$s->accept){ while(<$c>){ last if /^\\r?$/ } print $c "HTTP/1.0 200 OK\\r\\nContent-Type: text/plain\\r\\n\\r\\n${body}\\n"; close $c }'`;
  return ['bash', '-c', script.replaceAll('$', () => '$$')];
}

export const BASE_IMAGE = 'debian:bookworm-slim';

/** Two services that log `ready`, then idle until stopped: api, built from `apiContext`, says the version
 * its image holds in /version; web is the base image. The developer's-loop tests replace one of them. */
export function apiAndWebCompose(apiContext: string): string {
  const idle = (prelude: string) =>
    `['bash', '-c', '${prelude}; echo ready; trap "exit 0" TERM; sleep infinity & wait']`;
  return `services:
  api:
    build: ${apiContext}
    command: ${idle('echo "api $$(cat /version)"')}
    x-inception: { wait: { log: ready }, timeout: 60s }
  web:
    image: ${BASE_IMAGE}
    command: ${idle('echo web up')}
    x-inception: { wait: { log: ready }, timeout: 60s }
`;
}

/** Names of the containers, networks and volumes carrying `label` (`key=value` or `key`). */
export async function resourcesLabelled(
  label: string,
): Promise<{ containers: string[]; networks: string[]; volumes: string[] }> {
  const filters = JSON.stringify({ label: [label] });
  const [containers, networks, volumes] = await Promise.all([
    docker.listContainers({ all: true, filters }),
    docker.listNetworks({ filters }),
    docker.listVolumes({ filters }),
  ]);
  return {
    containers: containers.map((info) => info.Names[0]?.replace(/^\//, '') ?? info.Id),
    networks: networks.map((network) => network.Name),
    volumes: (volumes.Volumes ?? []).map((volume) => volume.Name),
  };
}
