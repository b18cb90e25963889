import { existsSync } from 'node:fs';
import path from 'node:path';
import type { WaitStrategy } from '../../config/compose/index.js';
import { parseWaitStrategy } from '../../config/compose/index.js';
import { ConfigurationError } from '../../errors.js';
import { SetupDocker } from '../constants.js';
import {
  booleanInput,
  collectPolicyInput,
  type CollectPolicy,
  durationInput,
  listInput,
  environmentNameInput,
  stringInput,
  workspacePath,
  yamlInput,
} from '../runner/index.js';

export interface SetupDockerInputs {
  composeFile: string;
  environmentName?: string;
  profiles: string[];
  wait: Record<string, WaitStrategy>;
  timeoutMs?: number;
  build: boolean;
  noCache: boolean;
  keep: boolean;
  gracefulStop: boolean;
  collectLogs: CollectPolicy;
  matrix?: string;
}

const DEFAULT_COMPOSE_FILES = ['compose.yaml', 'compose.yml', 'docker-compose.yaml', 'docker-compose.yml'];

function resolveComposeFile(given: string | undefined, workspace: string): string {
  if (given) {
    const file = workspacePath(given, workspace, SetupDocker.inputs.composeFile, 'deploy/compose.yml');
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
      `Input "${SetupDocker.inputs.wait}" must map service names to a wait, e.g. "api: { http: { port: 8080, path: /healthz } }".`,
    );
  }
  return Object.fromEntries(
    Object.entries(raw).map(([service, value]) => [
      service,
      parseWaitStrategy(value, `input "${SetupDocker.inputs.wait}", service "${service}"`),
    ]),
  );
}

/** Undefined keeps each service's own deadline. */
function parseTimeout(): number | undefined {
  if (stringInput(SetupDocker.inputs.timeout) === undefined) return undefined;
  const timeoutMs = durationInput(SetupDocker.inputs.timeout, 0);
  if (timeoutMs <= 0) {
    throw new ConfigurationError(
      `Input "${SetupDocker.inputs.timeout}" must be more than 0, e.g. 90s or 2m.`,
    );
  }
  return timeoutMs;
}

export function readSetupDockerInputs(
  workspace = process.env.GITHUB_WORKSPACE ?? process.cwd(),
): SetupDockerInputs {
  return {
    composeFile: resolveComposeFile(stringInput(SetupDocker.inputs.composeFile), workspace),
    environmentName: environmentNameInput(SetupDocker.inputs.environmentName),
    profiles: listInput(SetupDocker.inputs.profiles),
    wait: parseWaitInput(),
    timeoutMs: parseTimeout(),
    build: booleanInput(SetupDocker.inputs.build, true),
    noCache: booleanInput(SetupDocker.inputs.noCache, false),
    keep: booleanInput(SetupDocker.inputs.keep, false),
    gracefulStop: booleanInput(SetupDocker.inputs.gracefulStop, false),
    collectLogs: collectPolicyInput(SetupDocker.inputs.collectOnFailure),
    matrix: stringInput(SetupDocker.inputs.matrix),
  };
}
