import type { TestJobRunResult } from '../../kube/test-job/index.js';
import { testSummaryMarkdown } from '../../report/index.js';
import type { RunTestsClusterInputs } from './cluster-inputs.js';
import { combinedReportMarkdown, combineShardReports, readShardReports } from '../../shard/index.js';
import { actionsLogger } from '../runner/index.js';

/** Container mode's summary, plus where the run happened and, unless it passed, why it ended; an Indexed
 * Job's adds the table over its shards. */
export async function clusterSummaryMarkdown(
  inputs: RunTestsClusterInputs,
  result: TestJobRunResult,
): Promise<string> {
  const single = singleRunMarkdown(inputs, result);
  if (!result.shards) return single;
  const shards = await readShardReports(
    result.shards.map((shard) => ({
      shard: shard.shard,
      paths: shard.reports,
      seconds: shard.durationMs / 1000,
    })),
    actionsLogger,
  );
  const { plan } = inputs.sharding;
  return `${single}\n${combinedReportMarkdown(combineShardReports({ shards, ...(plan ? { plan } : {}) }))}`;
}

function singleRunMarkdown(inputs: RunTestsClusterInputs, result: TestJobRunResult): string {
  const markdown = testSummaryMarkdown({
    title: result.jobName,
    result: result.result === 'error' ? 'failed' : result.result,
    exitCode: result.exitCode,
    durationMs: result.durationMs,
    timeoutMs: inputs.timeoutMs,
    summary: result.summary,
    reportsPattern: inputs.reports,
  });
  const [headline = '', ...rest] = markdown.split('\n');
  const where = [`namespace \`${result.namespace}\``, `Job \`${result.jobName}\``];
  if (result.podName) where.push(`pod \`${result.podName}\``);
  const lines = [headline, '', `Ran as Kubernetes ${where.join(', ')}.`];
  if (result.result !== 'passed') lines.push('', `**Why:** ${escapeInline(result.message)}`);
  return [...lines, ...rest].join('\n');
}

function escapeInline(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r?\n/g, ' ');
}
