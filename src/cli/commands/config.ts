import path from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { existsSync } from 'node:fs';
import { discoverComposeFiles, loadComposeFiles, type ComposeProject } from '../../config/compose/index.js';
import { composeFilesOf, loadInceptionConfig } from '../../config/inception/index.js';
import type { Logger } from '../../log.js';

export const CONFIG_USAGE = `Usage: inception config [-c inception.yml | -f compose.yml [-f override.yml...]] [--profile p...] [--json] [service...]

Prints the environment as inception will run it: the compose file(s) normalised (overrides merged, extends
and include resolved, variables interpolated, profiles applied), with the warnings on stderr. Starts nothing
and needs no engine. Exits 2 when the configuration has an error.

Options:
  -c, --config <file>   inception.yml whose compose file and profiles to read (default ./inception.yml;
                        without it, the compose files docker compose would read here: COMPOSE_FILE, or
                        compose.yaml, ... here or above with its compose.override.yml)
  -f, --file <file>     a compose file instead (repeatable: later files override earlier ones)
      --profile <name>  activate a profile (repeatable; default COMPOSE_PROFILES)
      --json            JSON instead of YAML
  service...            only these services and what they depend on; naming one activates its profiles`;

/** `inception config`: the model on stdout, warnings on stderr through the logger. Throws a
 * ConfigurationError for a bad file (the caller prints it and exits 2). */
export async function configCommand(
  argv: string[],
  logger: Logger,
  stdout: NodeJS.WritableStream,
): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      config: { type: 'string', short: 'c' },
      file: { type: 'string', short: 'f', multiple: true, default: [] },
      profile: { type: 'string', multiple: true, default: [] },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    stdout.write(`${CONFIG_USAGE}\n`);
    return 0;
  }
  const project = await loadProject(values.config, values.file, values.profile, positionals);
  for (const warning of project.warnings) logger.warn(warning);
  const model: Partial<ComposeProject> = { ...project, secrets: withoutSecretValues(project.secrets) };
  delete model.warnings;
  stdout.write(values.json ? `${JSON.stringify(model, null, 2)}\n` : stringify(model));
  return 0;
}

async function loadProject(
  config: string | undefined,
  files: string[],
  profiles: string[],
  services: string[],
): Promise<ComposeProject> {
  const options = { services, ...(profiles.length ? { profiles } : {}) };
  if (files.length)
    return loadComposeFiles(
      files.map((file) => path.resolve(file)),
      options,
    );
  if (config === undefined && !existsSync('inception.yml'))
    return loadComposeFiles(discoverComposeFiles(process.cwd()), options);
  const inception = await loadInceptionConfig(path.resolve(config ?? 'inception.yml'));
  const fromConfig = inception.profiles.length ? { profiles: inception.profiles } : {};
  return loadComposeFiles(composeFilesOf(inception), { ...fromConfig, ...options });
}

/** A secret's content never reaches the output: where it comes from does. */
function withoutSecretValues(secrets: ComposeProject['secrets']): ComposeProject['secrets'] {
  return Object.fromEntries(
    Object.entries(secrets).map(([name, source]) => [
      name,
      source.content === undefined ? source : { ...source, content: '(hidden)' },
    ]),
  );
}
