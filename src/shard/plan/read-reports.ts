import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { errorMessage, ConfigurationError } from '../../errors.js';
import type { Logger } from '../../log.js';
import { findFiles } from '../../shared/files/glob-files.js';
import { readReportTimings, type ReportTimings } from '../junit/report-timings.js';
import { TestFileIndex } from '../junit/test-file-index.js';

/** The files `input`'s patterns match below `root`; a pattern's error names the input. */
export async function filesOf(root: string, patterns: readonly string[], input: string): Promise<string[]> {
  try {
    return await findFiles(root, patterns);
  } catch (error) {
    if (error instanceof ConfigurationError) throw new ConfigurationError(`"${input}": ${error.message}`);
    throw error;
  }
}

/**
 * The timings of every JUnit report `patterns` match, each test case mapped to one of `files`. A report
 * that cannot be read is a warning: timings only balance shards, they must never stop tests from running.
 */
export async function readTimings(
  root: string,
  files: readonly string[],
  patterns: readonly string[],
  logger: Logger,
): Promise<ReportTimings[]> {
  if (patterns.length === 0) return [];
  const paths = await filesOf(root, patterns, 'reports');
  if (paths.length === 0) {
    logger.info(`No reports match ${patterns.join(', ')}.`);
    return [];
  }
  const index = new TestFileIndex([...files], { root, ...(await goModule(root, files)) });
  const reports: ReportTimings[] = [];
  await logger.group(`Read timings from ${paths.length} report(s)`, async () => {
    for (const report of paths) {
      try {
        const timings = await readReportTimings(path.join(root, report), index);
        reports.push({ ...timings, report });
        logger.info(
          `${report}: ${timings.testCases} test case(s), ${timings.seconds.size} test file(s) timed`,
        );
        const { unmatched } = timings;
        if (unmatched.testCases > 0) {
          logger.warn(
            `${report}: ${unmatched.testCases} test case(s) name no test file of "tests" (e.g. ${unmatched.names.slice(0, 5).join(', ')}); the plan-shards README says which reporter setting writes the file.`,
          );
        }
      } catch (error) {
        logger.warn(`Report ${report} was not read: ${errorMessage(error)}`);
      }
    }
  });
  return reports;
}

async function goModule(root: string, files: readonly string[]): Promise<{ goModule?: string }> {
  if (!files.some((file) => file.endsWith('_test.go'))) return {};
  const text = await readFile(path.join(root, 'go.mod'), 'utf8').catch(() => '');
  const module = /^module\s+(\S+)/m.exec(text)?.[1];
  return module ? { goModule: module } : {};
}
