import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DockerIgnore } from '../../../../src/docker/build/context-ignore.js';
import { ConfigurationError } from '../../../../src/errors.js';

describe('DockerIgnore', () => {
  const cases = [
    ['node_modules', 'node_modules', true],
    ['node_modules', 'node_modules/a/b.js', true],
    ['node_modules', 'src/node_modules', false],
    ['**/node_modules', 'src/node_modules/x', true],
    ['*.log', 'a.log', true],
    ['*.log', 'dir/a.log', false],
    ['**/*.log', 'dir/a.log', true],
    ['/build', 'build/out', true],
    ['build/', 'build/out', true],
    ['docs\n!docs/README.md', 'docs/README.md', false],
    ['docs\n!docs/README.md', 'docs/other.md', true],
    ['*.md\n!README.md\nREADME.md', 'README.md', true],
    ['# comment\n\n  secret.txt  ', 'secret.txt', true],
    ['./tmp/../cache', 'cache/x', true],
    ['te?t', 'test', true],
    ['[a-c]*', 'beta', true],
    ['[a-c]*', 'delta', false],
  ] as const;
  for (const [rules, path, ignored] of cases) {
    it(`${JSON.stringify(rules)} ${ignored ? 'ignores' : 'keeps'} ${path}`, () => {
      assert.equal(new DockerIgnore(rules).ignores(path), ignored);
    });
  }
  it('refuses an exclusion of nothing', () => {
    assert.throws(() => new DockerIgnore('!'), ConfigurationError);
  });
});
