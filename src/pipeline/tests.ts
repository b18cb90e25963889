import type { Redactor } from '../shared/redaction/redactor.js';
import type Docker from 'dockerode';
import type { InceptionConfig } from '../config/inception/index.js';
import type { BuiltImage } from '../docker/build/index.js';
import type { EnvironmentInfo } from '../docker/environment/index.js';
import { runTestContainer } from '../docker/test-container/index.js';
import { ConfigurationError } from '../errors.js';
import type { Logger } from '../log.js';

export type ConfigTests = NonNullable<InceptionConfig['tests']>;

/** The `tests:` section; checked before anything is created, so a config without one fails at once. */
export function requireTests(config: InceptionConfig): ConfigTests {
  if (!config.tests) {
    throw new ConfigurationError(`${config.file} has no "tests:" section: say which image runs the tests.`);
  }
  return config.tests;
}

/** `tests.image` names one of the config's images (then its ref of this run) or any image. */
export function configTestImage(tests: ConfigTests, images: BuiltImage[]): string {
  return images.find((image) => image.name === tests.image)?.ref ?? tests.image;
}

export function configTestName(environment: EnvironmentInfo): string {
  return `${environment.name}-tests`;
}

export interface ConfigTestsOptions {
  tests: ConfigTests;
  environment: EnvironmentInfo;
  images: BuiltImage[];
  /** Variables over `tests.env`. */
  env?: Record<string, string>;
  /** Host folder the JUnit reports are copied into. */
  reportsDir: string;
  /** The test output is appended here too, redacted. */
  logFile?: string;
  redactor?: Redactor;
  signal?: AbortSignal;
  logger: Logger;
}

/** Runs the config's tests in a container on the environment's network. */
export function runConfigTests(docker: Docker, options: ConfigTestsOptions) {
  const { tests, environment } = options;
  return runTestContainer(docker, {
    image: configTestImage(tests, options.images),
    command: tests.command,
    env: { ...tests.env, ...options.env },
    network: environment.network,
    environment,
    reportsGlob: tests.reports,
    reportsDir: options.reportsDir,
    timeoutMs: tests.timeoutMs,
    name: configTestName(environment),
    logFile: options.logFile,
    redactor: options.redactor,
    signal: options.signal,
    logger: options.logger,
  });
}
