import { existsSync } from 'node:fs';
import path from 'node:path';
import { ConfigurationError } from '../../errors.js';
import {
  booleanInput,
  collectPolicyInput,
  type CollectPolicy,
  keyValueInput,
  stringInput,
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
  const config = path.resolve(workspace, stringInput(inputs.config) ?? 'inception.yml');
  if (!existsSync(config)) {
    throw new ConfigurationError(
      `Input "${inputs.config}": ${config} does not exist; check out your repository first ` +
        '(actions/checkout) and name your inception.yml relative to it.',
    );
  }
  const environmentName = stringInput(inputs.environmentName);
  const matrix = stringInput(inputs.matrix);
  return {
    config,
    ...(environmentName === undefined ? {} : { environmentName }),
    env: keyValueInput(inputs.env),
    build: booleanInput(inputs.build, true),
    noCache: booleanInput(inputs.noCache, false),
    reportsDir: path.resolve(workspace, stringInput(inputs.reportsDir) ?? 'inception-reports'),
    keep: booleanInput(inputs.keep, false),
    collectLogs: collectPolicyInput(inputs.collectOnFailure),
    ...(matrix === undefined ? {} : { matrix }),
  };
}
