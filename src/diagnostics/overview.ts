import { errorMessage } from '../errors.js';
import type { Logger } from '../log.js';
import { insertUnderTitle, type BundleWriter } from './bundle/index.js';
import type { DockerDiagnostics, KubeDiagnostics } from './model.js';
import { writeReportPage } from './page/index.js';
import type { TestRunDiagnostics } from './tests/index.js';
import { testLanes, timelineSection } from './timeline/index.js';

export interface OverviewInput {
  title: string;
  tests: readonly TestRunDiagnostics[];
  docker?: DockerDiagnostics;
  kubernetes?: KubeDiagnostics;
  /** "What failed first", put under the title of index.md before the timeline. */
  failedFirst: readonly string[];
  /** The collectors' first-failure sentences, for the page. */
  serviceFailures: readonly string[];
  logger: Logger;
}

/**
 * What every bundle starts with, once the collectors are done: what failed first and the timeline chart
 * at the top of index.md, the whole folder redacted again (secrets learned late), then index.html.
 * Gives the timeline section for the job summary. Never throws.
 */
export async function writeBundleOverview(bundle: BundleWriter, input: OverviewInput): Promise<string[]> {
  const timeline = [
    ...testLanes(input.tests, Date.now()),
    ...(input.docker?.timeline ?? []),
    ...(input.kubernetes?.timeline ?? []),
  ];
  const chart = timelineSection(timeline);
  if (input.failedFirst.length > 0 || chart.length > 0) {
    await insertUnderTitle(bundle, [...input.failedFirst, ...chart]).catch((error: unknown) =>
      input.logger.warn(`diagnostics: index.md: ${errorMessage(error)}`),
    );
  }
  await bundle.redactTree();
  await input.logger.group('Write index.html', () =>
    writeReportPage(bundle, {
      title: input.title,
      tests: input.tests,
      serviceFailures: input.serviceFailures,
      timeline,
    }),
  );
  return chart;
}
