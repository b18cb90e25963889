import { readFile } from 'node:fs/promises';
import { errorMessage } from '../errors.js';
import type { Logger } from '../log.js';
import { mergeSummaries, parseJUnit, type JUnitSummary } from './junit.js';

/** One summary over several report files; a file that is not JUnit XML is a warning, not a failure. */
export async function summarizeReportFiles(
  paths: string[],
  logger: Logger,
): Promise<JUnitSummary | undefined> {
  const summaries: JUnitSummary[] = [];
  for (const path of paths) {
    try {
      summaries.push(parseJUnit(await readFile(path, 'utf8')));
    } catch (error) {
      logger.warn(`Report ${path} was not counted: ${errorMessage(error)}`);
    }
  }
  return summaries.length > 0 ? mergeSummaries(summaries) : undefined;
}
