import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PrefixedLogger } from '../../../../../src/kube/test-job/indexed/prefixed-logger.js';
import { MemoryLogger } from '../../../../support/memory-logger.js';

describe('PrefixedLogger', () => {
  it('prefixes whole lines, however the chunks split them', () => {
    const memory = new MemoryLogger();
    const logger = new PrefixedLogger(memory, '[shard 2/3] ');
    logger.output('first li');
    logger.output('ne\nsecond\nthi');
    logger.output('rd');
    logger.flush();
    logger.flush();
    assert.deepEqual(memory.lines, ['[shard 2/3] first line\n[shard 2/3] second\n', '[shard 2/3] third\n']);
  });

  it('prefixes messages too', () => {
    const memory = new MemoryLogger();
    new PrefixedLogger(memory, '[shard 1/2] ').warn('no reports');
    assert.deepEqual(memory.lines, ['warning: [shard 1/2] no reports']);
  });
});
