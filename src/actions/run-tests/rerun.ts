import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { defaultArtifactName } from '../../diagnostics/bundle/index.js';
import { errorMessage } from '../../errors.js';
import type { Logger } from '../../log.js';
import { filesToRerun, plannedFiles, type TestSelection } from '../../shard/index.js';
import { findFiles } from '../../shared/files/glob-files.js';
import type { RunTestsShardInputs } from './shard-inputs.js';

const REPORTS_ARTIFACT_PREFIX = 'inception-reports';

/** `inception-reports-<job>-<shard>-attempt<n>`: one per job, shard and attempt, as GitHub keeps names
 * unique across a run's attempts. */
export function reportsArtifactName(
  env: Record<string, string | undefined>,
  shard: number | undefined,
  attempt: number,
): string {
  const matrix = shard === undefined ? undefined : JSON.stringify({ shard });
  return defaultArtifactName(
    { ...env, GITHUB_RUN_ATTEMPT: String(attempt) },
    matrix,
    REPORTS_ARTIFACT_PREFIX,
  );
}

export function runAttempt(env: Record<string, string | undefined>): number {
  const attempt = Number(env.GITHUB_RUN_ATTEMPT);
  return Number.isInteger(attempt) && attempt > 0 ? attempt : 1;
}

export interface RerunContext {
  sharding: RunTestsShardInputs;
  /** This leg's shard, when it has one: a re-run repeats the failed files of that shard only. */
  leg?: TestSelection;
  workspace: string;
  env: Record<string, string | undefined>;
  logger: Logger;
}

/**
 * On a re-run with `rerun-failed`, the files that failed in the latest earlier attempt of this job and
 * shard; else the leg's own selection. Whatever goes wrong finding them runs everything, saying why:
 * a re-run must never run less than it has to.
 */
export async function rerunSelection(context: RerunContext): Promise<TestSelection | undefined> {
  const { sharding, leg, logger, env } = context;
  const attempt = runAttempt(env);
  if (!sharding.rerunFailed || attempt === 1) return leg;
  const everything = (reason: string): TestSelection | undefined => {
    logger.info(`Re-run (attempt ${attempt}): ${reason}; running ${leg ? 'the whole shard' : 'every test'}.`);
    return leg;
  };
  let universe: string[];
  try {
    universe =
      leg?.files ??
      (sharding.plan ? plannedFiles(sharding.plan) : await findFiles(context.workspace, sharding.tests));
  } catch (error) {
    return everything(`the test files could not be listed (${errorMessage(error)})`);
  }
  if (universe.length === 0) {
    return everything(
      'no test files to map the failures to (give "plan", or "tests" with globs of the test files)',
    );
  }
  let earlier: { attempt: number; reports: { path: string; xml: string }[] } | undefined;
  try {
    earlier = await earlierReports(env, leg?.shard, attempt, logger);
  } catch (error) {
    return everything(`the reports of earlier attempts could not be fetched (${errorMessage(error)})`);
  }
  if (!earlier)
    return everything(
      `no reports artifact of an earlier attempt of this job${leg?.shard ? ` and shard ${leg.shard}` : ''}`,
    );
  const choice = filesToRerun(earlier.reports, universe, earlier.attempt, context.workspace);
  if (choice.kind === 'everything') return everything(choice.reason);
  logger.info(
    `Re-run (attempt ${attempt}): ${choice.files.length} file(s) failed in attempt ${earlier.attempt}; running only them: ${choice.files.join(', ')}`,
  );
  return { ...(leg ?? {}), files: choice.files, rerun: true };
}

/** The reports of the latest earlier attempt that uploaded any, downloaded to a temporary folder. */
async function earlierReports(
  env: Record<string, string | undefined>,
  shard: number | undefined,
  attempt: number,
  logger: Logger,
): Promise<{ attempt: number; reports: { path: string; xml: string }[] } | undefined> {
  const { DefaultArtifactClient } = await import('@actions/artifact');
  const client = new DefaultArtifactClient();
  const { artifacts } = await client.listArtifacts();
  for (let earlier = attempt - 1; earlier >= 1; earlier--) {
    const name = reportsArtifactName(env, shard, earlier);
    const artifact = artifacts.find((candidate) => candidate.name === name);
    if (!artifact) continue;
    const folder = await mkdtemp(path.join(env.RUNNER_TEMP || os.tmpdir(), 'inception-rerun-'));
    await client.downloadArtifact(artifact.id, { path: folder });
    const files = (await readdir(folder, { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile() && entry.name.endsWith('.xml'))
      .map((entry) => path.join(entry.parentPath, entry.name));
    logger.info(`Read ${files.length} report(s) of attempt ${earlier} from artifact "${name}"`);
    return {
      attempt: earlier,
      reports: await Promise.all(
        files.map(async (file) => ({ path: file, xml: await readFile(file, 'utf8') })),
      ),
    };
  }
  return undefined;
}

/**
 * Uploads this attempt's reports for a later re-run to read. Never fails the step: without them, a re-run
 * runs everything.
 */
export async function uploadAttemptReports(
  reports: readonly string[],
  reportsDir: string,
  shard: number | undefined,
  env: Record<string, string | undefined>,
  logger: Logger,
): Promise<void> {
  if (!env.ACTIONS_RUNTIME_TOKEN) {
    logger.info(
      'Not on a GitHub Actions runner (no ACTIONS_RUNTIME_TOKEN): the reports are not uploaded for a re-run.',
    );
    return;
  }
  if (reports.length === 0) return;
  const name = reportsArtifactName(env, shard, runAttempt(env));
  try {
    const { DefaultArtifactClient } = await import('@actions/artifact');
    await new DefaultArtifactClient().uploadArtifact(name, [...reports], reportsDir, { retentionDays: 7 });
    logger.info(`Uploaded ${reports.length} report(s) as artifact "${name}" for a re-run of failed tests`);
  } catch (error) {
    logger.warn(
      `The reports could not be uploaded as "${name}" (${errorMessage(error)}); a re-run will run everything.`,
    );
  }
}
