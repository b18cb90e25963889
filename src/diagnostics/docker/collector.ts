import path from 'node:path';
import type Docker from 'dockerode';
import { LABEL_SERVICE, labelFilter } from '../../shared/identity/labels.js';
import { errorMessage } from '../../errors.js';
import type { Logger } from '../../log.js';
import { BundleWriter } from '../bundle/index.js';
import { mapWithConcurrency } from '../../shared/async/concurrency.js';
import { writeContainerLog } from './container-log.js';
import { compareByFailure, describeContainerState } from './container-state.js';
import type { ContainerDiagnostics, DockerDiagnostics } from '../model.js';
import { renderIndexMarkdown } from './index-markdown.js';
import { compareEvents, eventTime, formatEventLine, readEngineEvents, type EngineEvent } from './events.js';
import { compareTimestamps } from '../../shared/format/timestamp.js';
import { learnContainerSecrets, redactInspect } from '../bundle/index.js';
import type { Redactor } from '../../shared/redaction/redactor.js';
import { renderStateText } from './state-text.js';
import { dockerLanes } from '../timeline/index.js';

export interface DockerCollectOptions {
  docker: Docker;
  /** Only this environment's resources; without it, every resource labelled io.inception.managed=true. */
  environment?: string;
  outDir: string;
  logger: Logger;
  /** Secret values to keep out of every file; the containers' own (by variable name) are added to it. */
  redactor?: Redactor;
}

/** Containers handled at once. */
const CONCURRENCY = 4;
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
  const bundle = new BundleWriter(outDir, logger, options.redactor);
  const { fail } = bundle;

  let listed: Docker.ContainerInfo[] = [];
  try {
    listed = await docker.listContainers({ all: true, filters: labelFilter(environment) });
  } catch (error) {
    fail('listing containers', error);
  }
  // Every container's secrets are known before the first file is written: one container's log may
  // print another's password.
  const inspected = await mapWithConcurrency(listed, CONCURRENCY, (info) =>
    docker
      .getContainer(info.Id)
      .inspect()
      .then((inspect) => {
        learnContainerSecrets(inspect, bundle.redactor);
        return inspect;
      })
      .catch((error: unknown) => error as Error),
  );
  let networks: Docker.NetworkInspectInfo[] = [];
  try {
    const found = await docker.listNetworks({ filters: labelFilter(environment) });
    networks = await Promise.all(found.map((network) => docker.getNetwork(network.Id).inspect()));
    await bundle.write('networks.json', JSON.stringify(networks, null, 2) + '\n');
  } catch (error) {
    fail('networks.json', error);
  }
  logger.info(
    `Collecting diagnostics of ${listed.length} container(s) ${environment ? `of environment ${environment}` : 'managed by inception'} into ${outDir}`,
  );

  const since = eventWindowStart(listed, networks, until);
  const [events, collected] = await Promise.all([
    readEvents(docker, environment, networks, since, until).catch((error: unknown) => {
      fail('events.txt', error);
      return undefined;
    }),
    mapWithConcurrency(listed, CONCURRENCY, (info, index) =>
      collectContainer(docker, info, inspected[index] ?? new Error('not inspected'), bundle),
    ),
  ]);
  if (events) await bundle.write('events.txt', events.map((event) => formatEventLine(event) + '\n').join(''));

  for (const { container, inspect } of collected) {
    if (!inspect) continue;
    container.state = describeContainerState(inspect, firstUnhealthyEvent(events ?? [], inspect.Id));
    const stateFile = `${container.dir}/state.txt`;
    if (await bundle.write(stateFile, renderStateText(inspect, container.state), false)) {
      container.files.push(stateFile);
    } else {
      container.errors.push(`state.txt: ${bundle.errors.at(-1) ?? 'not written'}`);
    }
  }
  try {
    const [info, version] = await Promise.all([docker.info(), docker.version()]);
    await bundle.write('engine.json', JSON.stringify({ version, info }, null, 2) + '\n');
  } catch (error) {
    fail('engine.json', error);
  }

  const containers = collected.map(({ container }) => container).sort(compareByFailure);
  for (const container of containers) bundle.files.push(...container.files);
  const diagnostics: DockerDiagnostics = {
    environment,
    outDir,
    collectedAt: until.toISOString(),
    containers,
    firstFailure: containers.find((container) => container.state.failure),
    timeline: dockerLanes(containers, events ?? [], until.getTime()),
    files: bundle.files,
    errors: bundle.errors,
  };
  await bundle.writeIndexes('', renderIndexMarkdown(diagnostics), diagnostics);
  return diagnostics;
}

async function collectContainer(
  docker: Docker,
  info: Docker.ContainerInfo,
  inspected: Docker.ContainerInspectInfo | Error,
  bundle: BundleWriter,
): Promise<Collected> {
  const { fail, redactor } = bundle;
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
    container.errors.push(redactor.redact(`${what}: ${errorMessage(error)}`));
    fail(`${name}: ${what}`, error);
  };
  const inspect = inspected instanceof Error ? undefined : inspected;
  const inspectFile = `${dir}/inspect.json`;
  if (!inspect) problem('inspect.json', inspected);
  else if (await bundle.write(inspectFile, JSON.stringify(redactInspect(inspect), null, 2) + '\n', false)) {
    container.files.push(inspectFile);
  } else {
    container.errors.push(`inspect.json: ${bundle.errors.at(-1) ?? 'not written'}`);
  }
  try {
    const log = await writeContainerLog(
      docker,
      info.Id,
      inspect?.Config.Tty ?? false,
      bundle,
      `${dir}/log.txt`,
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
  return times.sort(compareTimestamps)[0];
}

function safeFileName(name: string): string {
  return name.replace(/[^A-Za-z0-9_.-]/g, '_') || 'unnamed';
}
