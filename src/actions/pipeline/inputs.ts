import { existsSync } from 'node:fs';
import path from 'node:path';
import { ConfigurationError } from '../../errors.js';
import type { InceptionConfig } from '../../config/inception/index.js';
import {
  booleanInput,
  collectPolicyInput,
  type CollectPolicy,
  environmentNameInput,
  isInside,
  keyValueInput,
  outputFolder,
  stringInput,
  workspacePath,
} from '../runner/index.js';
import { Pipeline } from '../constants.js';

export interface PipelineInputs {
  /** Absolute path of the inception.yml. */
  config: string;
  environmentName?: string;
  /** Test variables over the config's `tests.env`. */
  env: Record<string, string>;
  build: boolean;
  noCache: boolean;
  /** Absolute folder on the runner the JUnit reports are copied into. */
  reportsDir: string;
  keep: boolean;
  collectLogs: CollectPolicy;
  matrix?: string;
}

const { inputs } = Pipeline;

/** Reads every input of the root action once; paths are taken from the workspace. */
export function readPipelineInputs(env: NodeJS.ProcessEnv = process.env): PipelineInputs {
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const config = workspacePath(
    stringInput(inputs.config) ?? 'inception.yml',
    workspace,
    inputs.config,
    'ci/inception.yml',
  );
  if (!existsSync(config)) {
    throw new ConfigurationError(
      `Input "${inputs.config}": ${config} does not exist; check out your repository first ` +
        '(actions/checkout) and name your inception.yml relative to it.',
    );
  }
  const environmentName = environmentNameInput(inputs.environmentName);
  const matrix = stringInput(inputs.matrix);
  return {
    config,
    ...(environmentName === undefined ? {} : { environmentName }),
    env: keyValueInput(inputs.env),
    build: booleanInput(inputs.build, true),
    noCache: booleanInput(inputs.noCache, false),
    reportsDir: outputFolder(
      stringInput(inputs.reportsDir) ?? 'inception-reports',
      workspace,
      inputs.reportsDir,
      'test-reports',
    ),
    keep: booleanInput(inputs.keep, false),
    collectLogs: collectPolicyInput(inputs.collectOnFailure),
    ...(matrix === undefined ? {} : { matrix }),
  };
}

/** On a runner the config may only point into the checkout: its compose file and image contexts. */
export function checkConfigPaths(config: InceptionConfig, env: NodeJS.ProcessEnv = process.env): void {
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const paths: [string, string][] = [
    ['compose', config.compose],
    ...config.composeOverrides.map((file, index): [string, string] => [`compose[${index + 1}]`, file]),
    ...config.images.map((image, index): [string, string] => [`images[${index}].context`, image.context]),
  ];
  for (const [key, target] of paths) {
    if (!isInside(workspace, target)) {
      throw new ConfigurationError(
        `${config.file}: ${key}: ${target} is outside the workspace ${workspace}; give a path inside your ` +
          `repository, relative to ${path.basename(config.file)}'s folder.`,
      );
    }
  }
}
