import { existsSync } from 'node:fs';
import path from 'node:path';
import type { WaitStrategy } from '../config/compose-model.js';
import { parseWaitStrategy } from '../config/wait-strategy.js';
import { ConfigurationError } from '../errors.js';
import { SetupDocker } from './constants.js';
import { booleanInput, durationInput, listInput, stringInput, yamlInput } from './inputs.js';

export type CollectPolicy = 'on-failure' | 'always' | 'never';

export interface SetupDockerInputs {
  composeFile: string;
  environmentName?: string;
  profiles: string[];
  wait: Record<string, WaitStrategy>;
  timeoutMs?: number;
  build: boolean;
  noCache: boolean;
  keep: boolean;
  collectLogs: CollectPolicy;
  matrix?: string;
}

const DEFAULT_COMPOSE_FILES = ['compose.yaml', 'compose.yml', 'docker-compose.yaml', 'docker-compose.yml'];

function resolveComposeFile(given: string | undefined, workspace: string): string {
  if (given) {
    const file = path.resolve(workspace, given);
    if (!existsSync(file)) {
      throw new ConfigurationError(`Input "${SetupDocker.inputs.composeFile}": ${file} does not exist.`);
    }
    return file;
  }
  const found = DEFAULT_COMPOSE_FILES.map((name) => path.join(workspace, name)).find((file) =>
    existsSync(file),
  );
  if (!found) {
    throw new ConfigurationError(
      `Input "${SetupDocker.inputs.composeFile}" is empty and none of ${DEFAULT_COMPOSE_FILES.join(', ')} ` +
        `is in ${workspace}: set it to your compose file.`,
    );
  }
  return found;
}

function parseWaitInput(): Record<string, WaitStrategy> {
  const raw = yamlInput(SetupDocker.inputs.wait);
  if (raw === undefined || raw === null) return {};
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    throw new ConfigurationError(
      `Input "${SetupDocker.inputs.wait}" must map service names to a wait, e.g. "api: { http: 8080 }".`,
    );
  }
  return Object.fromEntries(
    Object.entries(raw).map(([service, value]) => [
      service,
      parseWaitStrategy(value, `input "${SetupDocker.inputs.wait}", service "${service}"`),
    ]),
  );
}

function parseCollectPolicy(): CollectPolicy {
  const value = stringInput(SetupDocker.inputs.collectOnFailure) ?? 'on-failure';
  if (value === 'true') return 'on-failure';
  if (value === 'false') return 'never';
  if (value === 'on-failure' || value === 'always' || value === 'never') return value;
  throw new ConfigurationError(
    `Input "${SetupDocker.inputs.collectOnFailure}" is "${value}"; write on-failure, always or never.`,
  );
}

export function readSetupDockerInputs(
  workspace = process.env.GITHUB_WORKSPACE ?? process.cwd(),
): SetupDockerInputs {
  const timeout = stringInput(SetupDocker.inputs.timeout);
  return {
    composeFile: resolveComposeFile(stringInput(SetupDocker.inputs.composeFile), workspace),
    environmentName: stringInput(SetupDocker.inputs.environmentName),
    profiles: listInput(SetupDocker.inputs.profiles),
    wait: parseWaitInput(),
    timeoutMs: timeout === undefined ? undefined : durationInput(SetupDocker.inputs.timeout, 0),
    build: booleanInput(SetupDocker.inputs.build, true),
    noCache: booleanInput(SetupDocker.inputs.noCache, false),
    keep: booleanInput(SetupDocker.inputs.keep, false),
    collectLogs: parseCollectPolicy(),
    matrix: stringInput(SetupDocker.inputs.matrix),
  };
}
