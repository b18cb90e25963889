import path from 'node:path';
import { removeEnvironment } from '../../docker/environment/index.js';
import type { EnvironmentInfo } from '../../docker/environment/index.js';
import { collectDockerDiagnostics, failureSentence } from '../../diagnostics/docker/index.js';
import { writeBundleOverview } from '../../diagnostics/overview.js';
import { Redactor } from '../../shared/redaction/redactor.js';
import { BundleWriter, insertUnderTitle } from '../../diagnostics/bundle/index.js';
import { bringUpEnvironment } from '../../pipeline/index.js';
import { cancellationOf } from '../../shared/cancellation/cancel-on-signal.js';
import { CLUSTER_OPTIONS, PROJECT_OPTIONS, type CliCommand } from '../command.js';
import type { CliContext } from '../context.js';
import { clusterUp } from '../cluster/cluster-path.js';
import { printServices } from '../services/print-services.js';
import { workFolder, writeState } from '../project/state-file.js';

/** Brings the config's compose file up; on failure or cancellation writes diagnostics and removes what was
 * created (unless --keep), so nothing is left running that the user did not ask for. */
export async function bringUp(context: CliContext): Promise<EnvironmentInfo> {
  const { config, docker, logger, options, signal } = context;
  let name: string | undefined;
  try {
    return await bringUpEnvironment({
      docker,
      config,
      logger,
      name: options.name,
      build: options.build,
      noCache: options.noCache,
      signal,
      onName: (given) => {
        name = given;
      },
    });
  } catch (error) {
    if (name !== undefined) {
      await saveDiagnostics(context, name, signal.aborted ? 'while the environment started' : undefined);
      if (!options.keep) await removeEnvironment(docker, name, logger);
    }
    throw signal.aborted ? cancellationOf(signal) : error;
  }
}

/** `cancelledWhile` marks the bundle as the record of a cancelled run, saying what was running. */
export async function saveDiagnostics(
  context: CliContext,
  environment: string,
  cancelledWhile?: string,
): Promise<string> {
  const outDir = path.join(workFolder(context.config.file), 'diagnostics', environment);
  await context.logger.group(`Collect diagnostics of ${environment}`, async () => {
    // One redactor for the collector and the page: the containers' secrets it learns stay out of both.
    const redactor = new Redactor();
    const docker = await collectDockerDiagnostics({
      docker: context.docker,
      environment,
      outDir,
      logger: context.logger,
      redactor,
    });
    const bundle = new BundleWriter(outDir, context.logger, redactor);
    if (cancelledWhile) {
      const why = cancellationOf(context.signal).message;
      await insertUnderTitle(bundle, [`**Cancelled**: ${why} ${cancelledWhile}.`, '']);
    }
    await writeBundleOverview(bundle, {
      title: `Diagnostics of ${environment}`,
      tests: [],
      docker,
      failedFirst: [],
      serviceFailures: docker.firstFailure ? [`service ${failureSentence(docker.firstFailure)}`] : [],
      logger: context.logger,
    });
  });
  context.logger.info(`diagnostics: ${outDir} (start with index.md)`);
  return outDir;
}

async function up(context: CliContext): Promise<number> {
  if (context.config.cluster) {
    await clusterUp(context);
    return 0;
  }
  const info = await bringUp(context);
  await writeState(context.config.file, {
    environment: info.name,
    config: context.config.file,
    startedAt: new Date().toISOString(),
    info,
  });
  printServices(info, context.logger);
  context.logger.info(
    `environment ${info.name} is up; \`inception test\` runs the tests in it, \`inception down\` removes it`,
  );
  return 0;
}

export const upCommand: CliCommand = {
  name: 'up',
  summary: 'build and start the environment, wait until every service is ready',
  help: `Usage: inception up [options]

Builds the services that have a build: section, starts the environment of the compose file (its own
network, container names and host ports) in dependency order and waits until every service is ready.
The next commands (test, status, logs, refresh, restart, down) use it. A failed start writes diagnostics
to .inception/diagnostics/<environment>/ and removes what it made.

Options:
${PROJECT_OPTIONS}
      --no-build       use the images the engine has instead of building
      --no-cache       build without the build cache
      --keep           leave a failed environment running, to look at it
${CLUSTER_OPTIONS}`,
  cancellable: true,
  run: up,
};
