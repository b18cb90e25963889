import type { ServiceSpec } from '../model.js';

/**
 * The services to restart after `restarted` restart: those that depend on one of them with
 * `depends_on.<service>.restart: true`, and theirs in turn, as compose restarts them. In start order
 * (a dependent after what it depends on); the restarted services themselves are not listed.
 */
export function restartDependents(services: readonly ServiceSpec[], restarted: readonly string[]): string[] {
  const done = new Set(restarted);
  const found: string[] = [];
  let grew = true;
  while (grew) {
    grew = false;
    for (const service of services) {
      if (done.has(service.name) || !service.restartsWith.some((name) => done.has(name))) continue;
      done.add(service.name);
      found.push(service.name);
      grew = true;
    }
  }
  return found;
}
