import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import mermaid from 'mermaid';
import { labelFilter } from '../../src/shared/identity/labels.js';
import { ActionJob } from '../support/action-runner.js';
import { docker } from '../support/docker.js';
import {
  clickFailedBar,
  mermaidBlock,
  openReportPage,
  screenshot,
  searchFile,
  timelineLanes,
  type OpenedPage,
} from '../support/report-page.js';

const environment = 'report-page-docker';

/**
 * The fixture system from the bundled actions, the test poisoning the worker (it exits 3) and failing;
 * collect-logs' bundle then opened in Chromium as a person opens it after `gh run download`.
 */
describe('index.html of a Docker bundle, in a browser', () => {
  const job = new ActionJob();
  let folder: string;
  let opened: OpenedPage;

  before(async () => {
    const setup = await job.run('setup-docker', {
      'compose-file': 'fixtures/compose.yml',
      'environment-name': environment,
    });
    assert.equal(setup.exitCode, 0, setup.stdout);
    const build = await job.run('build-images', {
      images: `- name: inception-fixture-tests\n  context: fixtures/tests\n`,
      tag: environment,
    });
    assert.equal(build.exitCode, 0, build.stdout);
    const run = await job.run('run-tests', {
      image: `inception-fixture-tests:${environment}`,
      env: 'API_URL=http://api:8080\nFAIL_ON_PURPOSE=poison\nRESULT_TIMEOUT_SECONDS=5',
      'reports-dir': path.join(job.folder, 'reports'),
    });
    assert.equal(run.exitCode, 1, run.stdout);
    const collect = await job.run('collect-logs', {});
    assert.equal(collect.exitCode, 0, collect.stdout);
    folder = collect.outputs.path as string;
    opened = await openReportPage(folder);
    const page = statSync(path.join(folder, 'index.html')).size;
    console.log(`index.html: ${(page / 1024).toFixed(0)} KiB, opened in ${opened.loadMs} ms`);
  });

  after(async () => {
    await opened?.browser.close();
    await job.run('setup-docker', {}, 'post');
    const left = await docker.listContainers({
      all: true,
      filters: JSON.stringify(labelFilter(environment)),
    });
    assert.equal(left.length, 0);
  });

  test('index.md carries the timeline as a gantt chart Mermaid reads, the dead worker in the crit style', async () => {
    const chart = mermaidBlock(readFileSync(path.join(folder, 'index.md'), 'utf8'));
    assert.ok(chart, 'a mermaid block');
    assert.deepEqual(await mermaid.parse(chart), { diagramType: 'gantt', config: {} });
    assert.match(chart, /section worker \(failed\)\n(?: {4}.*\n)*? {4}exited 3 :crit, /);
    assert.match(chart, /section test /);
  });

  test('the failing test is named first', async () => {
    const first = await opened.page.textContent('#failed-first li');
    assert.match(first ?? '', /test step .* failed, exit code 1/);
    assert.match(first ?? '', /test_fails_on_purpose/);
  });

  test('a timeline bar for each service and the test step, the dead worker marked failed', async () => {
    const lanes = await timelineLanes(opened.page);
    const services = lanes.filter((lane) => lane.kind === 'service').map((lane) => lane.name);
    for (const service of ['api', 'broker', 'worker']) assert.ok(services.includes(service), services.join());
    const worker = lanes.find((lane) => lane.name === 'worker');
    assert.equal(worker?.failed, true);
    assert.ok((worker?.failedBars ?? 0) >= 1);
    assert.equal(lanes.find((lane) => lane.name === 'api')?.failed, false);
    assert.equal(lanes.find((lane) => lane.kind === 'test')?.failed, true);
  });

  test('a click on the failed bar opens the worker log at its last line, the poisoned input', async () => {
    const shown = await clickFailedBar(opened.page, 'worker');
    const file = `containers/${environment}-worker/log.txt`;
    assert.equal(shown.file, file);
    const lines = readFileSync(path.join(folder, file), 'utf8').trimEnd().split('\n');
    assert.equal(shown.line, lines.length, 'the exit comes after every line the worker printed');
    assert.match(shown.currentText ?? '', /poisoned input/);
    await screenshot(opened.page, 'report-page-docker.png');
  });

  test('search finds a known line of the api log', async () => {
    const found = await searchFile(opened.page, `containers/${environment}-api/log.txt`, 'POST /jobs 202');
    assert.match(found.count, /^[1-9]\d* match/);
    assert.match(found.currentText ?? '', /POST \/jobs 202/);
  });

  test('the page asks the network for nothing', () => {
    assert.deepEqual(opened.outsideRequests, []);
  });
});
