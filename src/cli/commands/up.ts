import path from 'node:path';
import { loadComposeFile } from '../../config/compose/index.js';
import { removeEnvironment } from '../../docker/environment/index.js';
import type { EnvironmentInfo } from '../../docker/environment/index.js';
import { generateEnvironmentName } from '../../docker/environment/index.js';
import { upEnvironment } from '../../docker/environment/index.js';
import { collectDockerDiagnostics } from '../../diagnostics/docker/index.js';
import type { CliContext } from '../context.js';
import { printServices } from '../print-services.js';
import { workFolder, writeState } from '../state-file.js';

/** Brings the config's compose file up; on failure writes diagnostics and removes what was created
 * (unless --keep), so nothing is left running that the user did not ask for. */
export async function bringUp(context: CliContext): Promise<EnvironmentInfo> {
  const { config, docker, logger, options } = context;
  const project = await loadComposeFile(config.compose, { profiles: config.profiles });
  for (const warning of project.warnings) logger.warn(warning);
  const name = options.name ?? generateEnvironmentName(project.name);
  try {
    return await logger.group(
      `Bring up ${name} from ${path.relative(process.cwd(), config.compose) || config.compose}`,
      () => upEnvironment({ docker, project, name, logger, build: options.build, noCache: options.noCache }),
    );
  } catch (error) {
    await saveDiagnostics(context, name);
    if (!options.keep) await removeEnvironment(docker, name, logger);
    throw error;
  }
}

export async function saveDiagnostics(context: CliContext, environment: string): Promise<string> {
  const outDir = path.join(workFolder(context.config.file), 'diagnostics', environment);
  await context.logger.group(`Collect diagnostics of ${environment}`, () =>
    collectDockerDiagnostics({ docker: context.docker, environment, outDir, logger: context.logger }),
  );
  context.logger.info(`diagnostics: ${outDir} (start with index.md)`);
  return outDir;
}

export async function upCommand(context: CliContext): Promise<number> {
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
