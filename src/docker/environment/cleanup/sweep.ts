import type Docker from 'dockerode';
import type { Logger } from '../../../log.js';
import { LABEL_ENVIRONMENT, LABEL_OWNER, labelFilter } from '../../../shared/identity/labels.js';
import { ownerState, parseOwner } from '../../../shared/identity/run-identity.js';
import { removeEnvironment, type CleanupReport } from './cleanup.js';

export interface SweptEnvironment {
  environment: string;
  owners: string[];
  report: CleanupReport;
}

export interface SkippedEnvironment {
  environment: string;
  /** Why it stays: its run is alive, runs on another host, or its resources carry no owner. */
  reason: string;
}

export interface SweepReport {
  removed: SweptEnvironment[];
  skipped: SkippedEnvironment[];
}

interface Labelled {
  Labels?: Record<string, string> | null;
}

/**
 * Removes what killed runs left on this engine: every environment of ours (containers, networks, volumes
 * labelled io.inception.managed) all of whose owning processes are gone from this host. An environment
 * with a live owner, an owner on another host, or a resource without an owner label (made by a version
 * before owners, or by hand) is left and reported, never guessed about.
 */
export async function sweepLeftovers(docker: Docker, logger: Logger, host?: string): Promise<SweepReport> {
  const filters = JSON.stringify(labelFilter());
  const [containers, networks, { Volumes: volumes = [] }] = await Promise.all([
    docker.listContainers({ all: true, filters }),
    docker.listNetworks({ filters }),
    docker.listVolumes({ filters }),
  ]);
  const owners = new Map<string, (string | undefined)[]>();
  for (const resource of [...containers, ...networks, ...volumes] as Labelled[]) {
    const environment = resource.Labels?.[LABEL_ENVIRONMENT];
    if (!environment) continue;
    owners.set(environment, [...(owners.get(environment) ?? []), resource.Labels?.[LABEL_OWNER]]);
  }

  const report: SweepReport = { removed: [], skipped: [] };
  for (const [environment, labels] of [...owners].sort(([a], [b]) => a.localeCompare(b))) {
    const reason = reasonToKeep(labels, host);
    if (reason) {
      report.skipped.push({ environment, reason });
      continue;
    }
    const distinct = [...new Set(labels as string[])];
    const removal = await removeEnvironment(docker, environment, logger);
    report.removed.push({ environment, owners: distinct, report: removal });
  }
  return report;
}

/** Why an environment whose resources carry these owner labels stays; undefined when it can go. */
export function reasonToKeep(labels: (string | undefined)[], host: string | undefined): string | undefined {
  if (labels.some((label) => label === undefined)) return 'a resource has no owner label';
  for (const label of new Set(labels as string[])) {
    const owner = parseOwner(label);
    if (!owner) return `owner label "${label}" is not host/pid`;
    const state = ownerState(owner, host);
    if (state === 'alive') return `its run is still running (pid ${owner.pid})`;
    if (state === 'other-host') return `made from another host (${owner.host})`;
  }
  return undefined;
}
