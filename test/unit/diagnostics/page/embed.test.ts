import assert from 'node:assert/strict';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { embedBundleFiles, scriptSafeJson } from '../../../../src/diagnostics/page/embed.js';
import { Redactor } from '../../../../src/shared/redaction/redactor.js';

describe('embedBundleFiles', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'embed-'));
    await mkdir(path.join(dir, 'containers/env-api'), { recursive: true });
    await mkdir(path.join(dir, 'tests/suite/reports'), { recursive: true });
    await writeFile(path.join(dir, 'index.md'), '# Diagnostics\n');
    await writeFile(path.join(dir, 'index.html'), '<html>old page</html>');
    await writeFile(
      path.join(dir, 'containers/env-api/log.txt'),
      Array.from({ length: 5 }, (_, index) => `line ${index} token=hunter2-secret </script>`).join('\n') +
        '\n',
    );
    await writeFile(path.join(dir, 'tests/suite/reports/01-junit.xml'), '<testsuite/>\n');
    await writeFile(path.join(dir, 'containers/env-api/core'), Buffer.from([1, 0, 2]));
  });
  after(() => rm(dir, { recursive: true, force: true }));

  test('every text file but the page itself, tests first, redacted, in chunks of lines', async () => {
    const redactor = new Redactor();
    redactor.add('hunter2-secret');
    const { files, elements } = await embedBundleFiles(dir, redactor, { chunkLines: 2 });
    assert.deepEqual(
      files.map((file) => [file.path, file.kind, file.lines, file.chunks, file.omitted]),
      [
        ['tests/suite/reports/01-junit.xml', 'junit', 1, 1, undefined],
        ['containers/env-api/core', 'other', 0, 0, 'not text'],
        ['containers/env-api/log.txt', 'log', 5, 3, undefined],
        ['index.md', 'index', 1, 1, undefined],
      ],
    );
    const page = elements.join('\n');
    assert.doesNotMatch(page, /hunter2-secret/);
    assert.doesNotMatch(page, /<\/script>[^\n]/, 'no embedded text ends its script element');
    assert.match(
      elements[1] as string,
      /^<script type="application\/json" id="chunk-2-0">\["line 0 token=\*\*\* \\u003c\/script>","line 1/,
    );
  });

  test('files past the byte budget are listed, to be opened from the folder', async () => {
    const { files } = await embedBundleFiles(dir, new Redactor(), { maxBytes: 30 });
    assert.equal(files.find((file) => file.path.endsWith('log.txt'))?.omitted, 'too large to embed');
    assert.equal(files.find((file) => file.path === 'index.md')?.omitted, undefined);
  });
});

describe('scriptSafeJson', () => {
  test('no "<" and no line separators survive', () => {
    assert.equal(scriptSafeJson(['</script>\u2028']), '["\\u003c/script>\\u2028"]');
  });
});
