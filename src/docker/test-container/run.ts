import { createWriteStream } from 'node:fs';
import { posix } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import type Docker from 'dockerode';
import { ConfigurationError, errorMessage } from '../../errors.js';
import type { Logger } from '../../log.js';
import { whenAborted } from '../../shared/cancellation/abort.js';
import { formatDuration } from '../../shared/format/format-duration.js';
import { summarizeReportFiles } from '../../report/index.js';
import type { JUnitSummary } from '../../report/index.js';
import type { TestResult } from '../../report/index.js';
import type { EnvironmentInfo } from '../environment/index.js';
import { environmentLabels } from '../../shared/identity/labels.js';
import { DockerFrameDecoder } from '../log-frames.js';
import { ensureTestImage } from './image.js';
import { testContainerEnv } from './env.js';
import { copyReports } from './reports.js';
import { RedactLines } from '../../shared/redaction/redact-lines.js';
import { Redactor } from '../../shared/redaction/redactor.js';
import { redactFile } from '../../shared/redaction/redact-file.js';
import { selectionVariables, type TestSelection } from '../../shard/index.js';
import { commandWithFiles, copySelectionFile } from './selection.js';

export interface TestContainerOptions {
  image: string;
  /** Replaces the image's CMD; the image's default runs when absent. */
  command?: string[];
  env: Record<string, string>;
  /** The network to join; the environment's network when absent. */
  network?: string;
  environment?: EnvironmentInfo;
  /** Path or glob inside the container, e.g. `/reports/*.xml`; relative to `workingDir` when not absolute. */
  reportsGlob: string;
  /** Host folder the reports are copied into. */
  reportsDir: string;
  timeoutMs: number;
  /** Container name; also labels the container when there is no environment. */
  name: string;
  workingDir?: string;
  /** The whole output is also appended here, for the diagnostics bundle; redacted, like the reports. */
  logFile?: string;
  /**
   * Secrets kept out of the log file and the copied reports (a later step uploads them); the container's
   * variables (`env` and the image's) whose names look secret are added to it.
   */
  redactor?: Redactor;
  /** Which tests to run (a shard, a re-run's failed files): given in INCEPTION_SHARD* variables and a file. */
  selection?: TestSelection;
  /** Appends the selection's files to the command (else to the image's CMD). */
  appendSelectedFiles?: boolean;
  /** Aborting stops the tests: the container is killed and removed, and the result is `cancelled`. */
  signal?: AbortSignal;
  logger: Logger;
}

export interface TestRunResult {
  result: TestResult;
  /** The container's exit code; after a timeout, the code it had once stopped. */
  exitCode: number | null;
  durationMs: number;
  /** Host paths of the copied reports. */
  reports: string[];
  summary?: JUnitSummary;
  /** One sentence on the outcome, for logs and failure messages. */
  message: string;
}

/** Seconds between SIGTERM and SIGKILL when a timed-out test container is stopped. */
const STOP_GRACE_SECONDS = 5;
/** How long to wait for buffered output after the container exited. */
const OUTPUT_DRAIN_MS = 5000;
const CONTAINER_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;

/**
 * Runs the test image once on the environment network, streaming its output, then copies its reports out
 * and removes the container. A failing or timed-out run is a result, not an exception.
 */
export async function runTestContainer(
  docker: Docker,
  options: TestContainerOptions,
): Promise<TestRunResult> {
  const { logger } = options;
  if (!CONTAINER_NAME.test(options.name)) {
    throw new ConfigurationError(
      `Test container name "${options.name}" is not valid; use letters, digits, "_", "." and "-", starting with a letter or digit.`,
    );
  }
  const network = options.network ?? options.environment?.network;
  if (network) await requireNetwork(docker, network);
  await ensureTestImage(docker, options.image, logger);

  const { selection } = options;
  const env = testContainerEnv(options.environment, network, {
    ...(selection ? selectionVariables(selection) : {}),
    ...options.env,
  });
  const command =
    options.appendSelectedFiles && selection?.files
      ? await commandWithFiles(docker, options.image, options.command, selection.files)
      : options.command;
  const container = await docker.createContainer({
    name: options.name,
    Image: options.image,
    ...(command && command.length > 0 ? { Cmd: command } : {}),
    Env: Object.entries(env).map(([key, value]) => `${key}=${value}`),
    WorkingDir: options.workingDir,
    Labels: environmentLabels(options.environment?.name ?? options.name, 'test'),
    Tty: false,
    AttachStdout: true,
    AttachStderr: true,
    // An init process forwards SIGTERM, so a stop after a timeout ends `sleep`-like PID 1s at once.
    HostConfig: { Init: true, NetworkMode: network },
  });
  try {
    if (selection) await copySelectionFile(container, selection);
    return await logger.group(`Run tests in ${options.name} (${options.image})`, () =>
      runCreated(container, network, options),
    );
  } finally {
    await container.remove({ force: true, v: true }).catch((error: unknown) => {
      if ((error as { statusCode?: number }).statusCode !== 404) {
        logger.warn(`Test container ${options.name} could not be removed: ${errorMessage(error)}`);
      }
    });
  }
}

async function runCreated(
  container: Docker.Container,
  network: string | undefined,
  options: TestContainerOptions,
): Promise<TestRunResult> {
  const { logger } = options;
  const output = (await container.attach({
    stream: true,
    stdout: true,
    stderr: true,
  })) as NodeJS.ReadableStream;
  const frames = new DockerFrameDecoder();
  // Per stream: a UTF-8 character may be split across two frames of the same stream.
  const text = { stdout: new StringDecoder('utf8'), stderr: new StringDecoder('utf8') };
  const redactor = options.redactor ?? new Redactor();
  // The image's own ENV (a build arg kept as a variable) counts as much as `env`.
  const inspect = await container.inspect().catch(() => undefined);
  redactor.addEnvEntries(inspect?.Config.Env ?? Object.entries(options.env).map(([k, v]) => `${k}=${v}`));
  const log = options.logFile ? redactedLog(options.logFile, redactor) : undefined;
  const print = (chunk: string): void => {
    if (!chunk) return;
    logger.output(chunk);
    log?.write(chunk);
  };
  const drained = new Promise<void>((resolve) => {
    output.on('data', (chunk: Buffer) => {
      for (const frame of frames.push(chunk)) print(text[frame.stream].write(frame.payload));
    });
    output.on('end', resolve);
    output.on('close', resolve);
    output.on('error', () => resolve());
  });

  logger.info(
    `Starting ${options.image}${network ? ` on network ${network}` : ''} ` +
      `(timeout ${formatDuration(options.timeoutMs)})`,
  );
  const started = Date.now();
  await container.start();
  // Waiting on a container that was never started returns at once, so the wait begins after start.
  const exited = container.wait() as Promise<{ StatusCode: number }>;

  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), options.timeoutMs);
  });
  const cancelled = whenAborted(options.signal);
  const first = await Promise.race([exited, timedOut, cancelled]);
  clearTimeout(timer);
  let result: TestResult | undefined;
  if (first === 'timeout') {
    logger.warn(`Tests timed out after ${formatDuration(options.timeoutMs)}; stopping ${options.name}.`);
    await container.stop({ t: STOP_GRACE_SECONDS }).catch(() => undefined);
    result = 'timed-out';
  } else if (first === 'cancelled') {
    logger.warn(`Tests cancelled; killing ${options.name}.`);
    await container.kill().catch(() => undefined);
    result = 'cancelled';
  }
  const exitCode = (await exited).StatusCode;
  const durationMs = Date.now() - started;
  await Promise.race([drained, new Promise((resolve) => setTimeout(resolve, OUTPUT_DRAIN_MS).unref())]);
  print(text.stdout.end());
  print(text.stderr.end());
  await log?.close();
  result ??= exitCode === 0 ? 'passed' : 'failed';

  const reportsGlob = posix.isAbsolute(options.reportsGlob)
    ? options.reportsGlob
    : posix.join(options.workingDir ?? '/', options.reportsGlob);
  const reports = await copyReports(container, reportsGlob, options.reportsDir, logger);
  await Promise.all(reports.map((report) => redactFile(report, redactor)));
  const summary = await summarizeReportFiles(reports, logger);
  const message =
    result === 'passed'
      ? `tests passed in ${formatDuration(durationMs)}`
      : result === 'failed'
        ? `tests failed: the test container exited with code ${exitCode} after ${formatDuration(durationMs)}`
        : result === 'cancelled'
          ? `tests cancelled after ${formatDuration(durationMs)}; the test container was killed`
          : `tests timed out after ${formatDuration(options.timeoutMs)} (the timeout); the test container was stopped`;
  logger.info(message);
  return { result, exitCode, durationMs, reports, summary, message };
}

/** Appends to `file` a whole line at a time, redacted: a secret split across two chunks is still found. */
function redactedLog(file: string, redactor: Redactor) {
  const redact = new RedactLines(redactor);
  const out = createWriteStream(file, { flags: 'a' });
  redact.pipe(out);
  return {
    write: (chunk: string) => redact.write(chunk),
    close: () =>
      new Promise<void>((resolve) => {
        out.on('close', resolve).on('error', () => resolve());
        redact.end();
      }),
  };
}

async function requireNetwork(docker: Docker, network: string): Promise<void> {
  try {
    await docker.getNetwork(network).inspect();
  } catch (error) {
    if ((error as { statusCode?: number }).statusCode === 404) {
      throw new ConfigurationError(
        `Network "${network}" does not exist; start the environment first (setup-docker) or name an existing network.`,
      );
    }
    throw error;
  }
}
