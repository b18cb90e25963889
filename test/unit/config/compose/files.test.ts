import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { loadComposeFiles, parseComposeText } from '../../../../src/config/compose/loader.js';
import { discoverComposeFiles } from '../../../../src/config/compose/files/discover.js';
import { ConfigurationError } from '../../../../src/errors.js';
import { folder, lines } from './support.js';

describe('compose loader: files as users combine them', () => {
  it('extends a service of another file, its paths against that file', async () => {
    const { dir, file } = folder({
      'compose.yml': lines(
        'services:',
        '  web:',
        '    extends: { file: lib/base.yml, service: app }',
        '    environment: [B=2]',
      ),
      'lib/.keep': '',
    });
    const { writeFileSync } = await import('node:fs');
    writeFileSync(
      join(dir, 'lib', 'base.yml'),
      lines('services:', '  app:', '    build: ./src', '    environment: [A=1, B=1]'),
    );
    const project = await loadComposeFiles([file], { env: {} });
    const web = project.services[0]!;
    assert.equal(web.build?.context, join(dir, 'lib', 'src'));
    assert.deepEqual(web.environment, { A: '1', B: '2' });
  });

  it('includes another file as a project of its own', async () => {
    const { dir, file } = folder({
      'compose.yml': lines(
        'include: [infra/compose.yml]',
        'services:',
        '  app: { image: a, depends_on: [db] }',
      ),
      'infra/.keep': '',
    });
    const { writeFileSync } = await import('node:fs');
    writeFileSync(
      join(dir, 'infra', 'compose.yml'),
      lines('services:', '  db:', '    image: db', '    volumes: ["./conf:/conf"]'),
    );
    const project = await loadComposeFiles([file], { env: {} });
    assert.deepEqual(project.services.map((s) => s.name).sort(), ['app', 'db']);
    assert.equal(
      project.services.find((s) => s.name === 'db')?.volumes[0]?.source,
      join(dir, 'infra', 'conf'),
    );
  });

  it('reads several YAML documents as overrides of each other', () => {
    const project = parseComposeText(
      lines(
        'services:',
        '  a: { image: a, environment: [X=1] }',
        '---',
        'services:',
        '  a: { environment: [Y=2] }',
      ),
      folder().file,
      { env: {} },
    );
    assert.deepEqual(project.services[0]?.environment, { X: '1', Y: '2' });
  });

  it('takes COMPOSE_PROFILES and COMPOSE_PROJECT_NAME from .env', () => {
    const { file } = folder({ '.env': 'COMPOSE_PROFILES=dev\nCOMPOSE_PROJECT_NAME=shop\n' });
    const project = parseComposeText(
      lines(
        'services:',
        '  app: { image: a }',
        '  debug: { image: d, profiles: [dev] }',
        '  extra: { image: e, profiles: [x] }',
      ),
      file,
      { env: {} },
    );
    assert.deepEqual(
      project.services.map((s) => s.name),
      ['app', 'debug'],
    );
    assert.equal(project.name, 'shop');
  });

  it('finds the files through COMPOSE_FILE in .env', () => {
    const { dir } = folder({ '.env': 'COMPOSE_FILE=a.yml:b.yml\n' });
    assert.deepEqual(discoverComposeFiles(dir, {}), [join(dir, 'a.yml'), join(dir, 'b.yml')]);
  });

  it('refuses a key outside the compose schema with its line and a guess', () => {
    const { file } = folder();
    assert.throws(
      () =>
        parseComposeText(lines('services:', '  app:', '    image: a', '    enviroment: [A=1]'), file, {
          env: {},
        }),
      (error: Error) =>
        error instanceof ConfigurationError &&
        error.message.startsWith(
          `${file}:4: services.app.enviroment: unknown key "enviroment"; did you mean "environment"?`,
        ),
    );
  });
});
