import { ConfigurationError, errorMessage } from '../../errors.js';
import { sanitizeArtifactName } from '../../diagnostics/bundle/index.js';
import { CollectLogs, ENV_ENVIRONMENT } from '../constants.js';
import { booleanInput, integerInput, stringInput } from '../runner/index.js';

/** collect-logs inputs; keys match action.yml. Undefined means "use the default". */
export interface CollectLogsInputs {
  environment?: string;
  path?: string;
  artifactName?: string;
  upload: boolean;
  retentionDays?: number;
  matrix?: string;
  docker: boolean;
  /** `now`, or `job-failure`: in the post step, at the end of the job, only if it failed or was cancelled. */
  when: CollectWhen;
}

export type CollectWhen = 'now' | 'job-failure';

export interface ParsedCollectLogsInputs {
  inputs: CollectLogsInputs;
  /** Invalid inputs, each replaced by its default: diagnostics must still be collected. */
  problems: string[];
}

const names = CollectLogs.inputs;

export function readCollectLogsInputs(
  env: Record<string, string | undefined> = process.env,
): ParsedCollectLogsInputs {
  const problems: string[] = [];
  const read = <T>(fn: () => T, fallback: T, fallbackText: string): T => {
    try {
      return fn();
    } catch (error) {
      problems.push(`${errorMessage(error)} Using ${fallbackText}.`);
      return fallback;
    }
  };
  const inputs: CollectLogsInputs = {
    environment:
      read(() => stringInput(names.environment), undefined, 'the default environment') ??
      (env[ENV_ENVIRONMENT]?.trim() || undefined),
    path: read(() => stringInput(names.path), undefined, 'the default path'),
    artifactName: read(() => artifactNameInput(problems), undefined, 'the default name'),
    upload: read(() => booleanInput(names.upload, true), true, 'true'),
    retentionDays: read(() => optionalInteger(names.retentionDays), undefined, "the repository's retention"),
    matrix: read(() => matrixInput(problems), undefined, 'no matrix values in the name'),
    docker: read(() => booleanInput(names.docker, true), true, 'true'),
    when: read(whenInput, 'now', '"now"'),
  };
  return { inputs, problems };
}

function whenInput(): CollectWhen {
  const value = stringInput(names.when) ?? 'now';
  if (value === 'now' || value === 'job-failure') return value;
  throw new ConfigurationError(`Input "${names.when}" is "${value}"; write now or job-failure.`);
}

function artifactNameInput(problems: string[]): string | undefined {
  const value = stringInput(names.artifactName);
  if (value === undefined) return undefined;
  const clean = sanitizeArtifactName(value);
  if (clean !== value) {
    problems.push(
      `Input "${names.artifactName}" is "${value}"; artifact names cannot hold " : < > | * ? \\ / or line breaks. Using "${clean}".`,
    );
  }
  return clean;
}

function matrixInput(problems: string[]): string | undefined {
  const value = stringInput(names.matrix);
  if (value === undefined) return undefined;
  try {
    JSON.parse(value);
  } catch {
    problems.push(
      `Input "${names.matrix}" is not JSON; write \`matrix: \${{ toJSON(matrix) }}\`. Its text is used as one value of the artifact name.`,
    );
  }
  return value;
}

/** At least 1: the artifact client reads 0 as "the repository's retention" and caps larger values at it. */
function optionalInteger(name: string): number | undefined {
  return stringInput(name) === undefined ? undefined : integerInput(name, 0, 1);
}
