import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { COMPOSE_FILE_NAMES, findComposeFiles, loadComposeFiles } from '../../config/compose/index.js';
import { ConfigurationError } from '../../errors.js';
import type { Logger } from '../../log.js';
import type { CliCommand } from '../command.js';
import type { CliOptions } from '../context.js';
import { initTemplate } from '../project/init-template.js';

const TEST_FOLDERS = ['tests', 'test', 'integration-tests', 'e2e'];

/** Writes ./inception.yml (or --config) for the compose file found; never over one without --force. */
async function init(options: CliOptions, logger: Logger): Promise<number> {
  const target = path.resolve(options.config ?? 'inception.yml');
  if (existsSync(target) && !options.force) {
    throw new ConfigurationError(`${target} exists: edit it, or pass --force to write a new one over it.`);
  }
  const files = options.file ? [path.resolve(options.file)] : findComposeFiles(path.dirname(target));
  const compose = files?.[0];
  if (!files || !compose || !existsSync(compose)) {
    throw new ConfigurationError(
      `no compose file ${options.file ? `at ${path.resolve(options.file)}` : `(${COMPOSE_FILE_NAMES.join(', ')}) in ${path.dirname(target)} or above`}: ` +
        'write one first, or pass --file <compose file>.',
    );
  }
  const project = await loadComposeFiles(files);
  const folder = path.dirname(target);
  const testsFolder = TEST_FOLDERS.map((name) => path.join(path.dirname(compose), name)).find((dir) =>
    existsSync(path.join(dir, 'Dockerfile')),
  );
  const relative = (file: string) => path.relative(folder, file).split(path.sep).join('/') || '.';
  await writeFile(
    target,
    initTemplate({
      compose: files.map(relative),
      project,
      testsFolder: testsFolder && relative(testsFolder),
    }),
  );
  logger.info(
    `wrote ${target} for ${files.map(relative).join(' + ')} (${project.services.length} services)` +
      (testsFolder ? `, tests built from ${relative(testsFolder)}/` : '; fill in tests.image to run tests'),
  );
  return 0;
}

export const initCommand: CliCommand = {
  name: 'init',
  summary: 'write a commented inception.yml for the compose file here',
  help: `Usage: inception init [options]

Writes inception.yml for the compose file docker compose would pick here (compose.yaml, compose.yml,
docker-compose.yml, docker-compose.yaml) and its override file (compose.override.yml, ...) if there is one,
every key commented; a tests/ (or test/, e2e/) folder with a Dockerfile becomes the test image.

Options:
  -c, --config <file>  where to write it (default ./inception.yml)
  -f, --file <file>    the compose file
      --force          write over an existing inception.yml`,
  standalone: () => true,
  runStandalone: init,
  run: () => Promise.reject(new Error('init runs standalone')),
};
