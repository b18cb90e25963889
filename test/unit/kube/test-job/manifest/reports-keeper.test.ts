import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildTestJob } from '../../../../../src/kube/test-job/manifest/manifest.js';
import { prepareTestJob } from '../../../../../src/kube/test-job/manifest/prepare.js';
import { reportsLocation } from '../../../../../src/kube/test-job/manifest/reports-keeper.js';
import { PLACEMENT } from '../support.js';

describe('a user Job manifest', () => {
  it('refuses a container named like the keeper', () => {
    const job = buildTestJob({ image: 'x:1' });
    job.spec?.template.spec?.containers.push({ name: 'inception-reports', image: 'y:1' });
    assert.throws(
      () => prepareTestJob(job, PLACEMENT),
      /"inception-reports"; that name is reserved for the reports keeper/,
    );
  });
});

describe('reportsLocation', () => {
  const cases: [string, string | undefined, { pattern: string; directory: string }][] = [
    ['/reports/*.xml', undefined, { pattern: '/reports/*.xml', directory: '/reports' }],
    ['/reports/**/*.xml', undefined, { pattern: '/reports/**/*.xml', directory: '/reports' }],
    ['/out/junit.xml', undefined, { pattern: '/out/junit.xml', directory: '/out' }],
    ['/out/reports/', undefined, { pattern: '/out/reports/', directory: '/out/reports' }],
    ['/out/reports', undefined, { pattern: '/out/reports', directory: '/out/reports' }],
    ['/a/b*/c.xml', undefined, { pattern: '/a/b*/c.xml', directory: '/a' }],
    [
      'build/test-results/*.xml',
      '/app',
      { pattern: '/app/build/test-results/*.xml', directory: '/app/build/test-results' },
    ],
  ];
  for (const [reports, workingDir, expected] of cases) {
    it(`${reports}${workingDir ? ` in ${workingDir}` : ''} -> ${expected.directory}`, () => {
      assert.deepEqual(reportsLocation(reports, workingDir), expected);
    });
  }
  it('refuses the root folder and relative paths without a working directory', () => {
    assert.throws(() => reportsLocation('/*.xml'), /would share the container's root folder/);
    assert.throws(() => reportsLocation('reports/*.xml'), /is relative and no working directory is set/);
  });
});
