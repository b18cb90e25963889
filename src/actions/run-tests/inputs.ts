import { randomBytes } from 'node:crypto';
import { posix } from 'node:path';
import { ConfigurationError, errorMessage } from '../../errors.js';
import type { EnvironmentInfo, ServiceAddress } from '../../docker/environment/index.js';
import { ENV_ENVIRONMENT, ENV_NETWORK, ENV_SERVICES, RunTests } from '../constants.js';
import {
  durationInput,
  keyValueInput,
  nameInput,
  outputFolder,
  quoted,
  requiredInput,
  stringInput,
} from '../runner/index.js';
import { parseCommand } from './command.js';
import { readShardInputs, type RunTestsShardInputs } from './shard-inputs.js';

export interface RunTestsInputs {
  mode: 'container';
  image: string;
  command?: string[];
  env: Record<string, string>;
  /** The environment's name; its services when setup-docker described them in INCEPTION_SERVICES. */
  environment?: EnvironmentInfo;
  network?: string;
  reports: string;
  reportsDir: string;
  timeoutMs: number;
  workingDirectory?: string;
  name: string;
  sharding: RunTestsShardInputs;
}

const { inputs } = RunTests;
export const DEFAULT_REPORTS = '/reports/*.xml';
export const DEFAULT_TIMEOUT_MS = 30 * 60_000;

export function readRunTestsMode(): 'container' | 'cluster' {
  const mode = (stringInput(inputs.mode) ?? 'container').toLowerCase();
  if (mode !== 'container' && mode !== 'cluster') {
    throw new ConfigurationError(
      `Input "${inputs.mode}" is "${mode}"; write container (a container on the Docker environment network) ` +
        'or cluster (a Kubernetes Job).',
    );
  }
  return mode;
}

/** Reads every input of run-tests (container mode) once; environment, network and services default to what setup-docker exported. */
export function readRunTestsInputs(env: NodeJS.ProcessEnv = process.env): RunTestsInputs {
  if (readRunTestsMode() !== 'container') {
    throw new Error('mode: cluster has inputs of its own: read them with readRunTestsClusterInputs');
  }
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const exported = env[ENV_ENVIRONMENT] || undefined;
  const environmentName = stringInput(inputs.environment) ?? exported;
  // INCEPTION_NETWORK and INCEPTION_SERVICES describe the exported environment, not another one named here.
  const sameEnvironment = environmentName !== undefined && environmentName === exported;
  const network =
    stringInput(inputs.network) ??
    (sameEnvironment || !environmentName ? env[ENV_NETWORK] || undefined : undefined);
  const workingDirectory = workingDirectoryInput();
  const command = stringInput(inputs.command);
  return {
    mode: 'container',
    image: imageInput(),
    ...(command === undefined ? {} : { command: parseCommand(command, inputs.command) }),
    env: keyValueInput(inputs.env),
    ...(environmentName
      ? {
          environment: {
            name: environmentName,
            network: network ?? '',
            services: sameEnvironment ? services(env[ENV_SERVICES]) : {},
          },
        }
      : {}),
    network,
    reports: stringInput(inputs.reports) ?? DEFAULT_REPORTS,
    reportsDir: reportsDirInput(workspace),
    timeoutMs: durationInput(inputs.timeout, DEFAULT_TIMEOUT_MS),
    workingDirectory,
    name: containerNameInput() ?? defaultName(environmentName),
    sharding: readShardInputs(workspace, false),
  };
}

/** `working-directory`, in either mode: an absolute path inside the test container. */
export function workingDirectoryInput(): string | undefined {
  const value = stringInput(inputs.workingDirectory);
  if (value !== undefined && !posix.isAbsolute(value)) {
    throw new ConfigurationError(
      `Input "${inputs.workingDirectory}" is ${quoted(value)}; give an absolute path inside the test container, e.g. /app.`,
    );
  }
  return value;
}

/** `reports-dir`, in either mode: a folder on the runner, relative to the workspace. */
export function reportsDirInput(workspace: string): string {
  return outputFolder(
    stringInput(inputs.reportsDir) ?? 'inception-reports',
    workspace,
    inputs.reportsDir,
    'test-reports',
  );
}

/** An image reference: no spaces, at most 255 characters. */
export function imageInput(): string {
  const image =
    nameInput(inputs.image, 255, 'orders-tests:run-42-1') ??
    requiredInput(inputs.image, 'orders-tests:run-42-1');
  if (/\s/.test(image)) {
    throw new ConfigurationError(
      `Input "${inputs.image}" is ${quoted(image)}; give one image reference, e.g. image: orders-tests:run-42-1 (the command goes in "${inputs.command}").`,
    );
  }
  return image;
}

const CONTAINER_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;

function containerNameInput(): string | undefined {
  const name = nameInput(inputs.name, 128, 'orders-tests');
  if (name !== undefined && !CONTAINER_NAME.test(name)) {
    throw new ConfigurationError(
      `Input "${inputs.name}" is ${quoted(name)}; a container name is letters, digits, "_", "." and "-", starting with a letter or digit, e.g. name: orders-tests.`,
    );
  }
  return name;
}

function services(json: string | undefined): Record<string, ServiceAddress> {
  if (!json?.trim()) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    throw new ConfigurationError(
      `${ENV_SERVICES} is not valid JSON (${errorMessage(error)}); it is written by setup-docker, so unset it or run setup-docker again.`,
    );
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new ConfigurationError(`${ENV_SERVICES} must be a JSON object of service name -> address.`);
  }
  return parsed as Record<string, ServiceAddress>;
}

function defaultName(environment: string | undefined): string {
  const base = (environment ?? 'inception').replace(/[^a-zA-Z0-9_.-]/g, '-').replace(/^[^a-zA-Z0-9]+/, '');
  return `${base || 'inception'}-tests-${randomBytes(3).toString('hex')}`;
}
