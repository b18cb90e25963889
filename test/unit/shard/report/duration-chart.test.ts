import assert from 'node:assert/strict';
import { test } from 'node:test';
import mermaid from 'mermaid';
import { shardDurationChart } from '../../../../src/shard/report/duration-chart.js';

test('a section per shard with its planned and actual bars; far over the plan or no result is crit', async () => {
  const chart = shardDurationChart([
    { shard: 2, planned: 40, actual: 90 },
    { shard: 1, planned: 42.5, actual: 41 },
    { shard: 3, planned: 38 },
  ]);
  assert.equal(
    chart,
    [
      'gantt',
      '  dateFormat x',
      '  axisFormat %M:%S',
      '  section shard 1',
      '    planned 43s :0, 42500',
      '    actual 41s :0, 41000',
      '  section shard 2',
      '    planned 40s :0, 40000',
      '    actual 90s :crit, 0, 90000',
      '  section shard 3',
      '    planned 38s :0, 38000',
      '    no result :crit, 0, 38000',
    ].join('\n'),
  );
  await mermaid.parse(chart);
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(chart);
  const tasks = (diagram.db as unknown as { getTasks: () => Array<{ task: string }> }).getTasks();
  assert.equal(tasks.length, 6);
});
