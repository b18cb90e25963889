import path from 'node:path';
import type { ComposeProject, ServiceHook, ServiceSpec, WatchRule } from '../../config/compose/index.js';
import { DockerIgnore } from '../../docker/build/context-ignore.js';
import { affectedServices, isInside } from './affected-services.js';

/** Editors' swap and backup files and .git, which `docker compose watch` leaves out too. */
const EDITOR_FILES = new DockerIgnore(
  [
    '.git',
    '**/.git',
    '**/.idea',
    '**/*.swp',
    '**/*.swo',
    '**/*.swn',
    '**/*.swx',
    '**/*~',
    '**/.#*',
    '**/#*#',
    '**/4913',
    '**/*.kate-swp',
    '**/*___jb_tmp___',
    '**/*___jb_old___',
    '**/*-go-tmp-umask',
  ].join('\n'),
);

/** What a batch of changes does to one service, by its watch rules. */
export interface ServiceUpdate {
  service: string;
  /** A rebuild replaces the container: nothing is synced into the old one. */
  rebuild: boolean;
  /** Per sync rule, its changed files (host paths) and where each lands in the container. */
  copies: { source: string; target: string }[];
  /** Restarted as it is, after the copies. */
  restart: boolean;
  /** Run in the container after the copies (sync+exec), once each. */
  execs: ServiceHook[];
}

export interface WatchPlan {
  updates: ServiceUpdate[];
  /** Services without watch rules whose build context holds a change: rebuilt, as before rules. */
  refreshed: string[];
}

/** Whether a change under the rule's path counts: not ignored (rule, build context's .dockerignore,
 * editor files) and, when the rule has `include`, matched by it. */
export function ruleTakes(
  rule: WatchRule,
  file: string,
  contextIgnore?: { context: string; ignore: DockerIgnore },
): boolean {
  if (!isInside(rule.path, file)) return false;
  const relative = path.relative(rule.path, file).split(path.sep).join('/');
  if (relative !== '' && EDITOR_FILES.ignores(relative)) return false;
  if (relative !== '' && rule.ignore.length > 0 && new DockerIgnore(rule.ignore.join('\n')).ignores(relative))
    return false;
  if (
    rule.include.length > 0 &&
    !new DockerIgnore(rule.include.join('\n')).ignores(relative || path.basename(file))
  )
    return false;
  if (contextIgnore && isInside(contextIgnore.context, file)) {
    const inContext = path.relative(contextIgnore.context, file).split(path.sep).join('/');
    if (inContext !== '' && contextIgnore.ignore.ignores(inContext)) return false;
  }
  return true;
}

/** Where a host file under a sync rule's path lands in the container. */
export function targetOf(rule: WatchRule, file: string): string {
  const relative = path.relative(rule.path, file).split(path.sep).join('/');
  return relative === '' ? rule.target! : path.posix.join(rule.target!, relative);
}

/**
 * What a batch of changed files does, service by service, as `docker compose watch` decides it: every
 * rule that takes a file applies; a rebuild wins over the syncs and restarts of the same service. A
 * service without rules keeps the plain `--watch` behaviour: a change in its build context rebuilds it.
 */
export function planChanges(
  project: ComposeProject,
  changed: string[],
  contextIgnores: ReadonlyMap<string, DockerIgnore> = new Map(),
): WatchPlan {
  const updates: ServiceUpdate[] = [];
  for (const service of project.services) {
    if (service.watch.length === 0) continue;
    const update = planService(service, changed, contextIgnores.get(service.name));
    if (update) updates.push(update);
  }
  const unruled = project.services.filter((service) => service.watch.length === 0);
  const refreshed = affectedServices({ ...project, services: unruled }, changed);
  return { updates, refreshed };
}

function planService(
  service: ServiceSpec,
  changed: string[],
  ignore: DockerIgnore | undefined,
): ServiceUpdate | undefined {
  const contextIgnore = service.build && ignore ? { context: service.build.context, ignore } : undefined;
  const update: ServiceUpdate = {
    service: service.name,
    rebuild: false,
    copies: [],
    restart: false,
    execs: [],
  };
  let touched = false;
  for (const rule of service.watch) {
    const files = changed.filter((file) => ruleTakes(rule, file, contextIgnore));
    if (files.length === 0) continue;
    touched = true;
    if (rule.action === 'rebuild') update.rebuild = true;
    if (rule.action === 'restart' || rule.action === 'sync+restart') update.restart = true;
    if (rule.action.startsWith('sync')) {
      for (const file of files) update.copies.push({ source: file, target: targetOf(rule, file) });
    }
    if (rule.action === 'sync+exec' && rule.exec) update.execs.push(rule.exec);
  }
  if (!touched) return undefined;
  if (update.rebuild) return { ...update, copies: [], restart: false, execs: [] };
  return update;
}
