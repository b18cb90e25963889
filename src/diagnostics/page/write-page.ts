import { failureName } from '../../report/index.js';
import type { BundleWriter } from '../bundle/index.js';
import type { TestRunDiagnostics } from '../tests/index.js';
import type { TimelineLane } from '../timeline/index.js';
import { reportPageAssets, type PageAssets } from './assets.js';
import { DATA_ELEMENT, type PageData, type PageFailedRun } from './data.js';
import { embedBundleFiles, scriptSafeJson, type EmbedLimits } from './embed.js';

export interface ReportPageInput {
  title: string;
  tests: readonly TestRunDiagnostics[];
  /** The collectors' first-failure sentences. */
  serviceFailures: readonly string[];
  timeline: readonly TimelineLane[];
  limits?: EmbedLimits;
  /** Default: the built page (see assets.ts). */
  assets?: PageAssets;
}

/**
 * index.html at the top of the bundle: one file that opens from a downloaded folder (no network, no
 * sibling reads, which a file:// page cannot do) with the bundle's files embedded, redacted. Write it
 * last: it shows the folder as it is then. A failure is a warning; the text bundle stands without it.
 */
export async function writeReportPage(bundle: BundleWriter, input: ReportPageInput): Promise<boolean> {
  try {
    const assets = input.assets ?? (await reportPageAssets());
    const embedded = await embedBundleFiles(bundle.outDir, bundle.redactor, input.limits);
    const data: PageData = {
      title: input.title,
      collectedAt: new Date().toISOString(),
      failedRuns: input.tests.filter((run) => run.result !== 'passed').map(failedRun),
      serviceFailures: [...input.serviceFailures],
      timeline: input.timeline.map((lane) => ({ ...lane, bars: lane.bars.map((bar) => ({ ...bar })) })),
      files: embedded.files,
    };
    const html = [
      '<!doctype html>',
      '<html lang="en"><head><meta charset="utf-8">',
      '<meta name="viewport" content="width=device-width, initial-scale=1">',
      `<title>${escapeHtml(input.title)}</title>`,
      `<style>${assets.css}</style>`,
      '</head><body>',
      '<noscript>This page needs JavaScript; index.md beside it holds the same in text.</noscript>',
      '<div id="app"></div>',
      `<script type="application/json" id="${DATA_ELEMENT}">${scriptSafeJson(data)}</script>`,
      ...embedded.elements,
      `<script>${assets.script.replace(/<\/script/gi, '<\\/script')}</script>`,
      '</body></html>',
      '',
    ].join('\n');
    if (!(await bundle.write('index.html', html, false))) return false;
    bundle.files.unshift('index.html');
    return true;
  } catch (error) {
    bundle.fail('index.html', error);
    return false;
  }
}

function failedRun(run: TestRunDiagnostics): PageFailedRun {
  return {
    name: run.name,
    result: run.result,
    exitCode: run.exitCode,
    message: run.message,
    failures: run.failures.map((failure) => ({
      name: failureName(failure),
      message: failure.message,
      ...(failure.details ? { details: failure.details } : {}),
    })),
    failureCount: run.failureCount,
    ...(run.files.some((file) => file.endsWith('/log.txt'))
      ? { log: run.files.find((file) => file.endsWith('/log.txt')) }
      : {}),
  };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
