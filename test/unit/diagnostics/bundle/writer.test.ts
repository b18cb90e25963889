import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import { BundleWriter } from '../../../../src/diagnostics/bundle/writer.js';
import { Redactor } from '../../../../src/shared/redaction/redactor.js';
import { MemoryLogger } from '../../../support/memory-logger.js';

describe('BundleWriter redacts every way a file is written', () => {
  let temp: string;
  let bundle: BundleWriter;
  const secret = 'tok-6f1c2a';
  before(async () => {
    temp = await mkdtemp(path.join(os.tmpdir(), 'inception-bundle-writer-'));
    const redactor = new Redactor();
    redactor.add(secret);
    bundle = new BundleWriter(temp, new MemoryLogger(), redactor);
  });
  after(() => rm(temp, { recursive: true, force: true }));
  const read = (relative: string) => readFile(path.join(temp, relative), 'utf8');

  test('write', async () => {
    await bundle.write('a/inspect.json', JSON.stringify({ Env: [`API_TOKEN=${secret}`] }));
    assert.equal(await read('a/inspect.json'), '{"Env":["API_TOKEN=***"]}');
    assert.deepEqual(bundle.files, ['a/inspect.json']);
  });

  test('writeStream, with a value split across chunks', async () => {
    const chunks = ['line tok-6', 'f1c2a end\nsecond ', secret.slice(0, 3), secret.slice(3)].map((chunk) =>
      Buffer.from(chunk),
    );
    await bundle.writeStream('b/log.txt', () => Readable.from(chunks));
    assert.equal(await read('b/log.txt'), 'line *** end\nsecond ***');
  });

  test('copy', async () => {
    const source = path.join(temp, 'report.xml');
    await writeFile(source, `<failure message="got ${secret}"/>\n`);
    await bundle.copy(source, 'tests/x/report.xml');
    assert.equal(await read('tests/x/report.xml'), '<failure message="got ***"/>\n');
  });

  test('copy of a file that is not there is an error, not a crash', async () => {
    await assert.rejects(bundle.copy(path.join(temp, 'missing.xml'), 'tests/x/missing.xml'), /ENOENT/);
  });

  test('rewrite', async () => {
    await bundle.rewrite('index.md', (current = '# D\n') => `${current}- ${secret}\n`);
    assert.equal(await read('index.md'), '# D\n- ***\n');
  });

  test('redactTree: what a program wrote, and secrets learned after writing', async () => {
    await writeFile(path.join(temp, 'a', 'late.txt'), 'late-secret-9 and tok-6f1c2a\n');
    bundle.redactor.add('late-secret-9');
    assert.equal(await bundle.redactTree('a'), 1);
    assert.equal(await read('a/late.txt'), '*** and ***\n');
  });

  test('failures are redacted in the list and the warning', () => {
    bundle.fail('reading x', new Error(`bad ${secret}`));
    assert.equal(bundle.errors.at(-1), 'reading x: bad ***');
  });
});
