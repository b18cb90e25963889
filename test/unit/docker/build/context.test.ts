import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { extract } from 'tar-stream';
import { createBuildContext } from '../../../../src/docker/build/context.js';
import { ConfigurationError } from '../../../../src/errors.js';

describe('createBuildContext', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'inception-ctx-'));
    const files: Record<string, string> = {
      Dockerfile: 'FROM scratch\n',
      'docker/app.Dockerfile': 'FROM scratch\n',
      '.dockerignore': 'docker\nnode_modules\n*.log\nsrc/gen/*\n!src/gen/keep.ts\n',
      'src/index.ts': 'x',
      'src/gen/drop.ts': 'x',
      'src/gen/keep.ts': 'x',
      'node_modules/pkg/index.js': 'x',
      'debug.log': 'x',
    };
    for (const [path, text] of Object.entries(files)) {
      await mkdir(join(dir, path, '..'), { recursive: true });
      await writeFile(join(dir, path), text);
    }
    await symlink('index.ts', join(dir, 'src/link.ts'));
  });
  after(() => rm(dir, { recursive: true, force: true }));

  async function tarNames(tar: NodeJS.ReadableStream): Promise<string[]> {
    const names: string[] = [];
    const reader = extract();
    reader.on('entry', (header, stream, next) => {
      names.push(
        `${header.type}:${header.name}${header.linkname ? `->${header.linkname}` : ''}:${header.uid}`,
      );
      stream.on('end', next);
      stream.resume();
    });
    const done = new Promise<void>((resolve, reject) =>
      reader.on('finish', () => resolve()).on('error', reject),
    );
    tar.pipe(reader as unknown as NodeJS.WritableStream);
    await done;
    return names;
  }

  it('sends what .dockerignore keeps, the Dockerfile always, as root', async () => {
    const context = await createBuildContext(dir, 'docker/app.Dockerfile');
    assert.equal(context.dockerfile, 'docker/app.Dockerfile');
    assert.deepEqual(await tarNames(context.tar), [
      'file:.dockerignore:0',
      'file:Dockerfile:0',
      'directory:docker/:0',
      'file:docker/app.Dockerfile:0',
      'directory:src/:0',
      'directory:src/gen/:0',
      'file:src/gen/keep.ts:0',
      'file:src/index.ts:0',
      'symlink:src/link.ts->index.ts:0',
    ]);
  });

  const refused = [
    ['../Dockerfile', /outside the build context/],
    ['/etc/passwd', /outside the build context/],
    ['missing.Dockerfile', /does not exist in the build context/],
    ['src', /does not exist in the build context/],
  ] as const;
  for (const [dockerfile, message] of refused) {
    it(`refuses dockerfile ${dockerfile}`, async () => {
      await assert.rejects(
        createBuildContext(dir, dockerfile),
        (error: Error) => error instanceof ConfigurationError && message.test(error.message),
      );
    });
  }
  it('refuses a context that is not a folder', async () => {
    await assert.rejects(createBuildContext(join(dir, 'nope')), /is not a directory/);
  });
});
