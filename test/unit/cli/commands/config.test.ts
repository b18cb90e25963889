import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, it } from 'node:test';
import { configCommand } from '../../../../src/cli/commands/config.js';
import { runCli } from '../../../../src/cli/main.js';
import { MemoryLogger } from '../../../support/memory-logger.js';

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'inception-config-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

async function config(args: string[]): Promise<{ code: number; out: string; logger: MemoryLogger }> {
  const stdout = new PassThrough();
  let out = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const logger = new MemoryLogger();
  const code = await configCommand(args, logger, stdout);
  return { code, out, logger };
}

describe('inception config', () => {
  it('prints the merged model as JSON, the warnings apart, and never a secret value', async () => {
    process.env.INCEPTION_CONFIG_TEST_TOKEN = 'token-value-123';
    const dir = project({
      'compose.yml':
        'services:\n  api:\n    image: "api:${NO_SUCH_TAG}"\n    secrets: [token]\nsecrets:\n  token: { environment: INCEPTION_CONFIG_TEST_TOKEN }\n',
      'ci.yml': 'services:\n  api:\n    environment: [CI=1]\n',
    });
    const { code, out, logger } = await config([
      '-f',
      join(dir, 'compose.yml'),
      '-f',
      join(dir, 'ci.yml'),
      '--json',
    ]);
    assert.equal(code, 0);
    const model = JSON.parse(out) as { services: { environment: Record<string, string> }[] };
    assert.deepEqual(model.services[0]?.environment, { CI: '1' });
    assert.doesNotMatch(out, /token-value-123/);
    assert.match(logger.text(), /variable NO_SUCH_TAG is not set/);
  });

  it('exits 2 for a key compose rejects, naming the line and the key meant', async () => {
    const dir = project({ 'compose.yml': 'services:\n  api:\n    image: a\n    enviroment: [A=1]\n' });
    const code = await runCli(['config', '-f', join(dir, 'compose.yml')]);
    assert.equal(code, 2);
  });
});
