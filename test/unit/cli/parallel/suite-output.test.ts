import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { test } from 'node:test';
import { suiteLogger } from '../../../../src/cli/parallel/suite-logger.js';
import { prefixedOutput } from '../../../../src/cli/parallel/suite-output.js';

test('not a terminal: every line under its suite’s name, a line split across chunks kept whole', async () => {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const output = prefixedOutput(stream, ['api', 'frontend']);
  const api = suiteLogger('api', output, false);
  const frontend = suiteLogger('frontend', output, false);
  await api.group('Run tests', async () => {
    api.output('collected 3 it');
    frontend.output('PASS ui.test.js\n');
    api.output('ems\n3 passed\nno newline at the end');
  });
  frontend.warn('slow start');
  output.finish('api', 'passed');
  output.close();
  assert.deepEqual(text.split('\n'), [
    'api      | ▸ Run tests',
    'frontend | PASS ui.test.js',
    'api      | collected 3 items',
    'api      | 3 passed',
    'api      | no newline at the end',
    text.split('\n')[5],
    'frontend | warning: slow start',
    '',
  ]);
  assert.match(text.split('\n')[5]!, /^api {6}\| ✓ Run tests \(\S+\)$/);
});
