import { existsSync } from 'node:fs';
import { restartDependents, type ComposeProject } from '../../config/compose/index.js';
import {
  hookFailureText,
  restartInPlace,
  runHooks,
  serviceContainers,
  syncFiles,
  type EnvironmentInfo,
  type ServiceAddress,
} from '../../docker/environment/index.js';
import { ConfigurationError, errorMessage } from '../../errors.js';
import type { Logger } from '../../log.js';
import type { CliContext } from '../context.js';
import { recordAddresses, replaceAndRecord } from '../services/replace-services.js';
import { isInside } from './affected-services.js';
import { contextIgnores, expandFolders } from './watched-files.js';
import { planChanges, type ServiceUpdate } from './watch-rules.js';

/** The paths the services' watch rules name that exist (to watch); a missing one is said, not fatal:
 * a folder a build step creates later is a usual case. A rebuild rule needs something to build. */
export function rulePaths(project: ComposeProject, logger: Logger): string[] {
  const paths = new Set<string>();
  for (const service of project.services) {
    service.watch.forEach((rule, index) => {
      if (rule.action === 'rebuild' && !service.build) {
        throw new ConfigurationError(
          `services.${service.name}.develop.watch[${index}]: action rebuild needs a build: section; ` +
            `"${service.name}" runs the image ${service.image} (use restart, or add build:)`,
        );
      }
      if (existsSync(rule.path)) paths.add(rule.path);
      else
        logger.warn(
          `services.${service.name}.develop.watch[${index}]: ${rule.path} does not exist; not watched until inception starts watching again`,
        );
    });
  }
  return [...paths];
}

/** Copies files into every container of the service, saying what was copied and removed. */
export async function syncService(
  context: CliContext,
  environment: string,
  service: string,
  copies: ServiceUpdate['copies'],
): Promise<void> {
  if (copies.length === 0) return;
  const containers = await serviceContainers(context.docker, environment, service);
  let results;
  try {
    results = await Promise.all(containers.map((container) => syncFiles(container, copies)));
  } catch (error) {
    throw new Error(`${service}: the sync of ${copies.length} file(s) failed: ${errorMessage(error)}`);
  }
  const { copied, removed } = results[0]!;
  const parts = [...(copied ? [`copied ${copied} file(s)`] : []), ...(removed ? [`removed ${removed}`] : [])];
  context.logger.info(`${service}: synced (${parts.join(', ')})`);
}

/** The service's syncs, then its sync+exec commands (in the containers that run), then its restart and
 * that of its `restart: true` dependents: a restarted process starts from what the commands made. A
 * command that fails fails the update, naming its output. */
async function applyUpdate(
  context: CliContext,
  project: ComposeProject,
  environment: string,
  update: ServiceUpdate,
): Promise<Record<string, ServiceAddress>> {
  const { docker, logger, signal } = context;
  const spec = project.services.find((service) => service.name === update.service)!;
  await syncService(context, environment, update.service, update.copies);
  if (update.execs.length > 0) {
    for (const container of await serviceContainers(docker, environment, update.service)) {
      if (!(await container.inspect()).State.Running) continue;
      const failure = await runHooks(container, update.execs, signal);
      signal.throwIfAborted();
      if (failure) {
        throw new Error(
          `${update.service}: its develop.watch sync+exec ${hookFailureText(failure)}` +
            (failure.output.trim() ? `:\n${failure.output.trimEnd()}` : ''),
        );
      }
    }
    for (const hook of update.execs) logger.info(`${update.service}: ran \`${hook.command.join(' ')}\``);
  }
  if (!update.restart) return {};
  let addresses: Record<string, ServiceAddress> = {};
  await restartInPlace({
    docker,
    environment,
    service: spec,
    logger,
    signal,
    onRestarted: async (address) => {
      addresses = { [spec.name]: address };
      await recordAddresses(context, environment, addresses);
    },
  });
  const dependents = restartDependents(project.services, [spec.name]);
  if (dependents.length === 0) return addresses;
  logger.info(`${dependents.join(', ')}: restarted too, their depends_on says restart: true`);
  return { ...addresses, ...(await replaceAndRecord(context, project, environment, dependents, false)) };
}

/** A batch of changes applied to the environment: its new addresses, and whether anything took the
 * changes (a rule, a build context, or a path given to watch): if nothing did, there is nothing to rerun. */
export interface AppliedChanges {
  info: EnvironmentInfo;
  counted: boolean;
}

/** Applies a batch of changes to the environment by the watch rules (and, for services without rules,
 * by their build contexts). Changes under `givenPaths` (the --watch paths) always count: tests changed.
 * Each service's update is tried even when another's failed (their files would not come again until
 * they change); the failures are thrown together at the end. */
export async function applyChanges(
  context: CliContext,
  project: ComposeProject,
  info: EnvironmentInfo,
  changed: string[],
  givenPaths: string[],
): Promise<AppliedChanges> {
  const plan = planChanges(project, await expandFolders(changed), await contextIgnores(project));
  let addresses: Record<string, ServiceAddress> = {};
  const failures: string[] = [];
  const attempt = async (update: () => Promise<Record<string, ServiceAddress>>) => {
    try {
      addresses = { ...addresses, ...(await update()) };
    } catch (error) {
      context.signal.throwIfAborted();
      failures.push(errorMessage(error));
    }
  };
  for (const update of plan.updates.filter((candidate) => !candidate.rebuild))
    await attempt(() => applyUpdate(context, project, info.name, update));
  const ruled = plan.updates.filter((update) => update.rebuild).map((update) => update.service);
  if (ruled.length > 0)
    context.logger.info(`rebuilding ${ruled.join(', ')}: a develop.watch rebuild rule took the change`);
  if (plan.refreshed.length > 0)
    context.logger.info(`refreshing ${plan.refreshed.join(', ')}: their build context changed`);
  const rebuilt = [...ruled, ...plan.refreshed];
  if (rebuilt.length > 0) await attempt(() => replaceAndRecord(context, project, info.name, rebuilt, true));
  if (failures.length > 0) throw new Error(failures.join('\n'));
  const counted =
    plan.updates.length + plan.refreshed.length > 0 ||
    changed.some((file) => givenPaths.some((given) => isInside(given, file)));
  return { info: { ...info, services: { ...info.services, ...addresses } }, counted };
}
