import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ChecksumMismatchError, parseSha256File } from '../../../../src/kube/tools/checksum.js';
import { sha256OfFile } from '../../../../src/shared/files/sha256-file.js';

const A = 'a'.repeat(64);
const B = 'B'.repeat(64);

describe('parseSha256File', () => {
  const cases: [string, string | undefined, string][] = [
    [`${A}\n`, undefined, A],
    [`${A}  kind-linux-amd64\n`, 'kind-linux-amd64', A],
    [`${A} *kind-linux-amd64`, 'kind-linux-amd64', A],
    [`${A}  kind-darwin-arm64\n${B}  kind-linux-amd64\n`, 'kind-linux-amd64', B.toLowerCase()],
  ];
  for (const [text, name, want] of cases) {
    it(`reads ${JSON.stringify(text.slice(60))} for ${name}`, () =>
      assert.equal(parseSha256File(text, name), want));
  }
  for (const text of ['', 'not a digest', `${A.slice(1)}  kind`, `${A}  a\n${B}  b\n`]) {
    it(`refuses ${JSON.stringify(text.slice(0, 20))}`, () =>
      assert.throws(() => parseSha256File(text), /no single sha256 digest/));
  }
  it('refuses a file that lists only other names', () => {
    assert.throws(
      () => parseSha256File(`${A}  kind-darwin-arm64`, 'kind-linux-amd64'),
      /for kind-linux-amd64/,
    );
  });
});

describe('sha256OfFile / ChecksumMismatchError', () => {
  it('hashes a file and names both digests and the URL on a mismatch', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sk-sha-'));
    try {
      await writeFile(join(dir, 'f'), 'hello\n');
      const actual = await sha256OfFile(join(dir, 'f'));
      assert.equal(actual, '5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03');
      const error = new ChecksumMismatchError('http://x/kind', A, actual);
      assert.match(
        error.message,
        new RegExp(`sha256 of http://x/kind is ${actual}, but its published checksum is ${A}`),
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
