import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type Docker from 'dockerode';
import { LABEL_SERVICE, labelFilter } from '../docker/labels.js';
import { errorMessage } from '../errors.js';
import type { Logger } from '../log.js';
import { mapWithConcurrency } from './concurrency.js';
import { writeContainerLog } from './container-log.js';
import { compareByFailure, describeContainerState } from './container-state.js';
import type { ContainerDiagnostics, DockerDiagnostics } from './diagnostics-model.js';
import { renderIndexMarkdown } from './diagnostics-index.js';
import {
  compareEvents,
  eventTime,
  formatEventLine,
  readEngineEvents,
  type EngineEvent,
} from './docker-events.js';
import { compareEngineTimes } from './engine-time.js';
import { redactInspect } from './redact.js';
import { renderStateText } from './state-text.js';

export interface DockerCollectOptions {
  docker: Docker;
  /** Only this environment's resources; without it, every resource labelled io.inception.managed=true. */
  environment?: string;
  outDir: string;
  logger: Logger;
  /** Start of the event window; defaults to just before the oldest container or network collected. */
  since?: Date;
  /** Containers handled at once. */
  concurrency?: number;
}

const DEFAULT_CONCURRENCY = 4;
const TAIL_LINES = 20;
const FALLBACK_EVENT_WINDOW_MS = 60 * 60 * 1000;

interface Collected {
  container: ContainerDiagnostics;
  inspect?: Docker.ContainerInspectInfo;
}

/**
 * Writes everything needed to see why an environment failed into `outDir`: per container its full log,
 * inspect output and a readable state, plus the environment's events, networks and the engine's info.
 * Never throws: whatever cannot be collected is logged as a warning and listed in index.md.
 */
export async function collectDockerDiagnostics(options: DockerCollectOptions): Promise<DockerDiagnostics> {
  const { docker, environment, logger } = options;
  const outDir = path.resolve(options.outDir);
  const until = new Date();
  const errors: string[] = [];
  const files: string[] = [];
  const fail = (what: string, error: unknown): void => {
    const message = `${what}: ${errorMessage(error)}`;
    errors.push(message);
    logger.warn(`diagnostics: ${message}`);
  };
  const write = async (relative: string, content: string): Promise<void> => {
    const file = path.join(outDir, relative);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, content);
    files.push(relative);
  };
  const attempt = async (what: string, fn: () => Promise<void>): Promise<void> => {
    try {
      await fn();
    } catch (error) {
      fail(what, error);
    }
  };

  let listed: Docker.ContainerInfo[] = [];
  await attempt('listing containers', async () => {
    listed = await docker.listContainers({ all: true, filters: labelFilter(environment) });
  });
  let networks: Docker.NetworkInspectInfo[] = [];
  await attempt('networks.json', async () => {
    const found = await docker.listNetworks({ filters: labelFilter(environment) });
    networks = await Promise.all(found.map((network) => docker.getNetwork(network.Id).inspect()));
    await write('networks.json', JSON.stringify(networks, null, 2) + '\n');
  });
  logger.info(
    `Collecting diagnostics of ${listed.length} container(s) ${environment ? `of environment ${environment}` : 'managed by inception'} into ${outDir}`,
  );

  const since = options.since ?? eventWindowStart(listed, networks, until);
  const [events, collected] = await Promise.all([
    readEvents(docker, environment, networks, since, until).catch((error: unknown) => {
      fail('events.txt', error);
      return undefined;
    }),
    mapWithConcurrency(listed, options.concurrency ?? DEFAULT_CONCURRENCY, (info) =>
      collectContainer(docker, info, outDir, fail),
    ),
  ]);
  if (events) {
    await attempt('events.txt', () =>
      write('events.txt', events.map((event) => formatEventLine(event) + '\n').join('')),
    );
  }

  for (const { container, inspect } of collected) {
    if (!inspect) continue;
    container.state = describeContainerState(inspect, firstUnhealthyEvent(events ?? [], inspect.Id));
    const stateFile = `${container.dir}/state.txt`;
    try {
      await writeFile(path.join(outDir, stateFile), renderStateText(inspect, container.state));
      container.files.push(stateFile);
    } catch (error) {
      container.errors.push(`state.txt: ${errorMessage(error)}`);
      fail(`${container.name}: state.txt`, error);
    }
  }
  await attempt('engine.json', async () => {
    const [info, version] = await Promise.all([docker.info(), docker.version()]);
    await write('engine.json', JSON.stringify({ version, info }, null, 2) + '\n');
  });

  const containers = collected.map(({ container }) => container).sort(compareByFailure);
  for (const container of containers) files.push(...container.files);
  const diagnostics: DockerDiagnostics = {
    environment,
    outDir,
    collectedAt: until.toISOString(),
    containers,
    firstFailure: containers.find((container) => container.state.failure),
    files,
    errors,
  };
  await attempt('index.md', async () => {
    await mkdir(outDir, { recursive: true });
    await writeFile(path.join(outDir, 'index.md'), renderIndexMarkdown(diagnostics));
    files.push('index.md');
    files.push('index.json');
    await writeFile(path.join(outDir, 'index.json'), JSON.stringify(diagnostics, null, 2) + '\n');
  });
  return diagnostics;
}

async function collectContainer(
  docker: Docker,
  info: Docker.ContainerInfo,
  outDir: string,
  fail: (what: string, error: unknown) => void,
): Promise<Collected> {
  const name = (info.Names[0] ?? info.Id.slice(0, 12)).replace(/^\//, '');
  const dir = `containers/${safeFileName(name)}`;
  const container: ContainerDiagnostics = {
    name,
    id: info.Id,
    service: info.Labels?.[LABEL_SERVICE],
    image: info.Image,
    state: { status: info.State, oomKilled: false, restartCount: 0 },
    lastLines: [],
    dir,
    files: [],
    errors: [],
  };
  const problem = (what: string, error: unknown): void => {
    container.errors.push(`${what}: ${errorMessage(error)}`);
    fail(`${name}: ${what}`, error);
  };
  let inspect: Docker.ContainerInspectInfo | undefined;
  try {
    await mkdir(path.join(outDir, dir), { recursive: true });
    inspect = await docker.getContainer(info.Id).inspect();
    await writeFile(
      path.join(outDir, dir, 'inspect.json'),
      JSON.stringify(redactInspect(inspect), null, 2) + '\n',
    );
    container.files.push(`${dir}/inspect.json`);
  } catch (error) {
    problem('inspect.json', error);
  }
  try {
    const log = await writeContainerLog(
      docker,
      info.Id,
      inspect?.Config.Tty ?? false,
      path.join(outDir, dir, 'log.txt'),
      TAIL_LINES,
    );
    container.lastLines = log.lastLines;
    container.files.push(`${dir}/log.txt`);
  } catch (error) {
    problem('log.txt', error);
  }
  return { container, inspect };
}

async function readEvents(
  docker: Docker,
  environment: string | undefined,
  networks: Docker.NetworkInspectInfo[],
  since: Date,
  until: Date,
): Promise<EngineEvent[]> {
  const queries: Array<Record<string, string[]>> = [labelFilter(environment)];
  // Network events carry no labels, so the label filter misses them; ask for them by id.
  if (networks.length > 0)
    queries.push({ type: ['network'], network: networks.map((network) => network.Id) });
  const batches = await Promise.all(
    queries.map((filters) => readEngineEvents(docker, { filters, since, until })),
  );
  const seen = new Set<string>();
  return batches
    .flat()
    .filter((event) => {
      const key = `${event.timeNano} ${event.Type} ${event.Action} ${event.Actor.ID}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort(compareEvents);
}

function eventWindowStart(
  containers: Docker.ContainerInfo[],
  networks: Docker.NetworkInspectInfo[],
  until: Date,
): Date {
  const times = [
    ...containers.map((container) => container.Created * 1000),
    ...networks.map((network) => Date.parse(network.Created)),
  ].filter((time) => Number.isFinite(time));
  return times.length > 0
    ? new Date(Math.min(...times) - 1000)
    : new Date(until.getTime() - FALLBACK_EVENT_WINDOW_MS);
}

function firstUnhealthyEvent(events: EngineEvent[], containerId: string): string | undefined {
  const times = events
    .filter((event) => event.Actor.ID === containerId && event.Action === 'health_status: unhealthy')
    .map(eventTime);
  return times.sort(compareEngineTimes)[0];
}

function safeFileName(name: string): string {
  return name.replace(/[^A-Za-z0-9_.-]/g, '_') || 'unnamed';
}
