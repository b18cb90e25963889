import { rm } from 'node:fs/promises';
import path from 'node:path';
import { loadComposeFiles } from '../../config/compose/index.js';
import { composeFilesOf } from '../../config/inception/index.js';
import { removeEnvironment, type EnvironmentInfo } from '../../docker/environment/index.js';
import { ConfigurationError, errorMessage } from '../../errors.js';
import { cancellationOf } from '../../shared/cancellation/cancel-on-signal.js';
import type { CliContext } from '../context.js';
import { bringUp, saveDiagnostics } from '../commands/up.js';
import { runTestsIn, upEnvironmentHere } from '../project/test-run.js';
import { workFolder } from '../project/state-file.js';
import { testSettings } from '../project/test-settings.js';
import { applyChanges, rulePaths } from './develop-watch.js';
import { initialSync } from './initial-sync.js';
import { ChangeWatcher } from './change-watcher.js';
import { clusterTestOnChanges } from './cluster-watch.js';
import { listed } from './listed.js';

/** An editor's save, a formatter run or a `git checkout` lands as a burst of events: one run for the burst. */
const DEBOUNCE_MS = 300;

/** `inception test --watch <path...>` (and `inception watch`): the tests, then again after every change
 * under the paths and the services' develop.watch rules. A rule syncs, restarts, runs its command or
 * rebuilds as compose watch does; a change in the build context of a service without rules refreshes that
 * service. The environment stays up between runs; Ctrl-C removes it when this command started it. A failed
 * run or update waits for the next change. */
export async function testOnChanges(context: CliContext): Promise<number> {
  const { config, docker, logger, options, signal } = context;
  if (config.cluster) return clusterTestOnChanges(context, DEBOUNCE_MS);
  const tests = testSettings(context.project, options);
  const base = path.dirname(config.file);
  const project = await loadProject(context);
  const given = options.watch.map((entry) => path.resolve(entry));
  const watched = [...new Set([...given, ...rulePaths(project, logger)])];
  if (watched.length === 0) {
    throw new ConfigurationError(
      `nothing to watch: no service of ${project.file} has develop.watch rules; ` +
        'add some, or name what to watch: `inception watch src` (or `inception test --watch src`)',
    );
  }
  const watcher = new ChangeWatcher({
    paths: watched,
    ignore: [workFolder(config.file), path.join(base, '.git')],
    debounceMs: DEBOUNCE_MS,
  });
  const reused = await upEnvironmentHere(context);
  let info: EnvironmentInfo | undefined = reused;
  try {
    info ??= await bringUp(context);
    await initialSync(context, project, info);
    let changed: string[] = [];
    for (let round = 1; ;) {
      let counted = true;
      try {
        if (changed.length > 0) {
          const applied = await applyChanges(context, await loadProject(context), info, changed, given);
          info = applied.info;
          counted = applied.counted;
        }
        if (counted) {
          logger.info(`run ${round++}: tests in ${info.name}`);
          const result = await runTestsIn(context, info, tests);
          if (result.result === 'cancelled') break;
          if (result.result !== 'passed') await diagnose(context, info.name);
        } else logger.debug(`no rule or watched path takes ${listed(changed, base)}: nothing to run`);
      } catch (error) {
        if (signal.aborted) break;
        logger.error(errorMessage(error));
      }
      if (counted)
        logger.info(
          `watching ${listed(watched, base)} (Ctrl-C stops${reused ? '' : ` and removes ${info.name}`})`,
        );
      changed = await watcher.next(signal);
      if (signal.aborted) break;
      logger.info(`changed: ${listed(changed, base)}`);
    }
    throw cancellationOf(signal);
  } finally {
    watcher.close();
    if (info && !reused && !options.keep) {
      const name = info.name;
      await logger.group(`Remove ${name}`, () => removeEnvironment(docker, name, logger));
    }
  }
}

/** Read again for every batch: an edit to the compose file's rules counts from the next change. */
function loadProject(context: CliContext) {
  const { config } = context;
  return loadComposeFiles(composeFilesOf(config), { profiles: config.profiles });
}

/** A failed run writes the environment's diagnostics, over the last failed run's: the newest is the one to
 * read. Failing to write them is said, and the loop goes on. */
async function diagnose(context: CliContext, environment: string): Promise<void> {
  try {
    await rm(path.join(workFolder(context.config.file), 'diagnostics', environment), {
      recursive: true,
      force: true,
    });
    await saveDiagnostics(context, environment);
  } catch (error) {
    context.logger.warn(`diagnostics of ${environment} not written: ${errorMessage(error)}`);
  }
}
