import type { EngineEvent } from '../docker/events.js';
import type { ContainerDiagnostics } from '../model.js';
import { barsFromChanges, epochMs, type TimelineLane } from './model.js';

type Change = { at: number | undefined; label: string; failed?: boolean };

const STARTS = new Set(['created', 'starting', 'running']);

/**
 * A lane per container from the engine's own events: create → created, start → starting (or running
 * without a health check), health_status → ready / unhealthy, die → exited (failed unless exit 0). When
 * the events could not be read, the container's start and finish times stand in.
 */
export function dockerLanes(
  containers: readonly ContainerDiagnostics[],
  events: readonly EngineEvent[],
  until: number,
): TimelineLane[] {
  return containers.map((container) => {
    const own = events.filter((event) => event.Type === 'container' && event.Actor.ID === container.id);
    const changes = own.length > 0 ? changesFromEvents(own) : changesFromState(container);
    // The engine keeps its last 256 events only: health checks' exec events can push a service's
    // create and start out of them. Its state still says when it last started.
    if (own.length > 0 && !changes.some((change) => STARTS.has(change.label))) {
      changes.unshift({
        at: epochMs(container.state.startedAt),
        label: container.state.health ? 'starting' : 'running',
      });
    }
    const log = container.files.find((file) => file.endsWith('/log.txt'));
    return {
      kind: 'service',
      name: container.service ?? container.name,
      failed: container.state.failure !== undefined,
      bars: barsFromChanges(changes, until),
      ...(log ? { log } : {}),
    };
  });
}

function changesFromEvents(events: readonly EngineEvent[]): Change[] {
  const checked = events.some((event) => event.Action.startsWith('health_status'));
  const changes: Change[] = [];
  let oomKilled = false;
  for (const event of events) {
    const at = Number(BigInt(event.timeNano) / 1_000_000n);
    const action = event.Action;
    if (action === 'create') changes.push({ at, label: 'created' });
    else if (action === 'start') changes.push({ at, label: checked ? 'starting' : 'running' });
    else if (action === 'health_status: healthy') changes.push({ at, label: 'ready' });
    else if (action === 'health_status: unhealthy') changes.push({ at, label: 'unhealthy', failed: true });
    else if (action === 'oom') oomKilled = true;
    else if (action === 'die') {
      const code = event.Actor.Attributes?.exitCode ?? '?';
      changes.push({ at, label: oomKilled ? 'oom-killed' : `exited ${code}`, failed: code !== '0' });
      oomKilled = false;
    } else if (action === 'destroy') changes.push({ at, label: 'removed' });
  }
  // Nothing is left to show once it is removed.
  if (changes.at(-1)?.label === 'removed') changes.pop();
  return changes;
}

function changesFromState(container: ContainerDiagnostics): Change[] {
  const { state } = container;
  const changes: Change[] = [{ at: epochMs(state.startedAt), label: 'running' }];
  if (state.finishedAt && state.exitCode !== undefined) {
    changes.push({
      at: epochMs(state.finishedAt),
      label: `exited ${state.exitCode}`,
      failed: state.exitCode !== 0,
    });
  }
  if (state.failure?.kind === 'unhealthy') {
    changes.push({ at: epochMs(state.failure.at), label: 'unhealthy', failed: true });
  }
  return changes;
}
