import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  selectionLabel,
  selectionVariables,
  selectsNothing,
  shardFilesText,
} from '../../../../src/shard/selection/test-selection.js';

describe('selectionVariables', () => {
  it("gives a shard's number, count and files, as a list and as a file", () => {
    assert.deepEqual(selectionVariables({ shard: 2, of: 3, files: ['a b.py', 'c.py'] }), {
      INCEPTION_SHARD: '2',
      INCEPTION_SHARD_COUNT: '3',
      INCEPTION_SHARD_FILES: 'a b.py c.py',
      INCEPTION_SHARD_FILES_PATH: '/inception-shard/files.txt',
    });
  });

  it('marks a re-run and gives its files', () => {
    assert.deepEqual(selectionVariables({ files: ['x.py'], rerun: true }, '/f'), {
      INCEPTION_SHARD_FILES: 'x.py',
      INCEPTION_SHARD_FILES_PATH: '/f',
      INCEPTION_RERUN: '1',
    });
  });

  it('gives no file list when the selection runs everything', () => {
    assert.deepEqual(selectionVariables({ shard: 1, of: 4 }), {
      INCEPTION_SHARD: '1',
      INCEPTION_SHARD_COUNT: '4',
    });
  });
});

describe('the selection', () => {
  it('writes one path a line, ending with a line break', () => {
    assert.equal(shardFilesText(['a.py', 'b/c.py']), 'a.py\nb/c.py\n');
    assert.equal(shardFilesText([]), '');
  });

  it('selects nothing only for an empty list', () => {
    assert.equal(selectsNothing({ shard: 3, of: 3, files: [] }), true);
    assert.equal(selectsNothing({ shard: 3, of: 3 }), false);
    assert.equal(selectsNothing({ files: ['a'] }), false);
  });

  it('names the shard and the re-run', () => {
    assert.equal(selectionLabel({ shard: 2, of: 3, files: ['a'] }), 'shard 2/3');
    assert.equal(
      selectionLabel({ shard: 2, of: 3, files: ['a'], rerun: true }),
      'shard 2/3, re-run of 1 failed file(s)',
    );
  });
});
