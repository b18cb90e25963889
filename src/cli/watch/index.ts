import path from 'node:path';
import { loadComposeFiles } from '../../config/compose/index.js';
import { composeFilesOf } from '../../config/inception/index.js';
import { removeEnvironment, type EnvironmentInfo } from '../../docker/environment/index.js';
import { ConfigurationError, errorMessage } from '../../errors.js';
import { cancellationOf } from '../../shared/cancellation/cancel-on-signal.js';
import type { CliContext } from '../context.js';
import { bringUp } from '../commands/up.js';
import { runTestsIn, upEnvironmentHere } from '../project/test-run.js';
import { workFolder } from '../project/state-file.js';
import { testSettings } from '../project/test-settings.js';
import { replaceAndRecord } from '../services/replace-services.js';
import { affectedServices } from './affected-services.js';
import { ChangeWatcher } from './change-watcher.js';

/** An editor's save, a formatter run or a `git checkout` lands as a burst of events: one run for the burst. */
const DEBOUNCE_MS = 300;
const SHOWN_FILES = 5;

function listed(files: string[], base: string): string {
  const names = files.slice(0, SHOWN_FILES).map((file) => path.relative(base, file) || file);
  return files.length > SHOWN_FILES
    ? `${names.join(', ')} and ${files.length - SHOWN_FILES} more`
    : names.join(', ');
}

/** `inception test --watch <path...>`: the tests, then again after every change under the paths; a change
 * in a service's build context refreshes that service first. The environment stays up between runs; Ctrl-C
 * removes it when this command started it. A failed run or refresh waits for the next change. */
export async function testOnChanges(context: CliContext): Promise<number> {
  const { config, docker, logger, options, signal } = context;
  if (config.cluster) {
    throw new ConfigurationError(
      `--watch runs the tests in a Docker environment; ${config.file} has a cluster: section: run \`inception test\` there.`,
    );
  }
  const tests = testSettings(context.project, options);
  const base = path.dirname(config.file);
  const watcher = new ChangeWatcher({
    paths: options.watch,
    ignore: [workFolder(config.file), path.join(base, '.git')],
    debounceMs: DEBOUNCE_MS,
  });
  const reused = await upEnvironmentHere(context);
  let info: EnvironmentInfo | undefined = reused;
  try {
    info ??= await bringUp(context);
    let changed: string[] = [];
    for (let round = 1; ; round++) {
      try {
        if (changed.length > 0) info = await refreshChanged(context, info, changed);
        logger.info(`run ${round}: tests in ${info.name}`);
        const result = await runTestsIn(context, info, tests);
        if (result.result === 'cancelled') break;
      } catch (error) {
        if (signal.aborted) break;
        logger.error(errorMessage(error));
      }
      logger.info(
        `watching ${options.watch.join(', ')} (Ctrl-C stops${reused ? '' : ` and removes ${info.name}`})`,
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

/** Refreshes the services whose build context holds a changed file; the new addresses go into `info`. */
async function refreshChanged(
  context: CliContext,
  info: EnvironmentInfo,
  changed: string[],
): Promise<EnvironmentInfo> {
  const { config } = context;
  const project = await loadComposeFiles(composeFilesOf(config), { profiles: config.profiles });
  const services = affectedServices(project, changed);
  if (services.length === 0) return info;
  context.logger.info(`refreshing ${services.join(', ')}: their build context changed`);
  const addresses = await replaceAndRecord(context, project, info.name, services, true);
  return { ...info, services: { ...info.services, ...addresses } };
}
