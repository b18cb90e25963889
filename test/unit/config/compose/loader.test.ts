import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { loadComposeFile, parseComposeText } from '../../../../src/config/compose/loader.js';
import { ConfigurationError } from '../../../../src/errors.js';
import { assertFails, file, folder, lines, parse, root } from './support.js';

describe('compose loader: service keys', () => {
  it('keeps service order and names the project after the folder', () => {
    const { file: at } = folder({}, 'My_Project.Folder');
    const project = parse(lines('services:', '  web: { image: w }', '  db: { image: d }'), {}, at);
    assert.equal(project.name, 'my_projectfolder');
    assert.equal(project.file, at);
    assert.deepEqual(
      project.services.map((service) => service.name),
      ['web', 'db'],
    );
    assert.deepEqual(project.warnings, []);
  });

  it('takes the project name from name:, sanitized', () => {
    assert.equal(parse(lines('name: Shop_API', 'services:', '  web: { image: w }')).name, 'shop_api');
  });

  it('lists the top-level volumes and ignores version and x- keys', () => {
    const project = parse(
      lines(
        'version: "3.9"',
        'x-anchors: &a { image: w }',
        'services:',
        '  web: *a',
        'volumes:',
        '  data:',
        '  logs: {}',
      ),
    );
    // No service mounts them, so they are left out, as compose leaves them out.
    assert.deepEqual(project.volumes, []);
    assert.equal(project.services[0]?.image, 'w');
    assert.deepEqual(project.warnings, [
      `${file}:1: the attribute "version" is obsolete and ignored; remove it`,
    ]);
  });

  it('merges anchors with <<, explicit keys winning', () => {
    const project = parse(
      lines(
        'x-base: &base',
        '  image: base',
        '  environment: { A: base }',
        'services:',
        '  api:',
        '    <<: *base',
        '    environment: { B: mine }',
      ),
    );
    assert.equal(project.services[0]?.image, 'base');
    assert.deepEqual(project.services[0]?.environment, { B: 'mine' });
  });

  it('reads the file from disk', async () => {
    const { file: at } = folder({ 'compose.yml': lines('services:', '  web: { image: w }') });
    const project = await loadComposeFile(at, { env: {} });
    assert.deepEqual(
      project.services.map((service) => service.image),
      ['w'],
    );
  });

  it('names a compose file that does not exist', async () => {
    await assert.rejects(loadComposeFile(join(root, 'missing.yml')), {
      name: 'ConfigurationError',
      message: `compose file ${join(root, 'missing.yml')} does not exist`,
    });
  });
});

describe('compose loader: errors name the file, the line and the key', () => {
  const cases: Array<[string, string, number, string]> = [
    ['no services', lines('name: x'), 1, 'services: the file needs "services:" with at least one service'],
    ['empty services', lines('name: x', 'services: {}'), 2, 'services: declare at least one service'],
    ['a file that is not a mapping', lines('- a', '- b'), 1, 'expected a mapping with "services:"'],
  ];
  for (const [name, text, line, message] of cases) {
    it(`reports ${name} at line ${line}`, () => {
      const expected = message.startsWith('expected')
        ? `${file}:${line}: ${message}`
        : `${file}:${line}: ${message}`;
      assertFails(text, expected);
    });
  }

  const syntax: Array<[string, string, number, string]> = [
    [
      'bad indentation',
      lines('services:', '  api:', '    image: x', '   ports: []'),
      4,
      'YAML syntax error: ',
    ],
    [
      'an unclosed flow list',
      lines('services:', '  api:', '    image: x', '    ports: [80', 'x: 1'),
      5,
      'YAML syntax error: ',
    ],
    [
      'a duplicate key',
      lines('services:', '  api:', '    image: x', '    image: y'),
      4,
      'YAML syntax error: Map keys must be unique',
    ],
    ['a tab', lines('services:', '\tapi: {}'), 2, 'YAML syntax error: '],
  ];
  for (const [name, text, line, prefix] of syntax) {
    it(`reports YAML syntax: ${name} at line ${line}`, () => {
      assert.throws(
        () => parse(text),
        (error: Error) =>
          error instanceof ConfigurationError && error.message.startsWith(`${file}:${line}: ${prefix}`),
      );
    });
  }
});

describe('compose loader: warnings', () => {
  const cases: Array<[string, string, string[]]> = [
    [
      'unsupported top-level keys',
      lines('services:', '  api: { image: x }', 'models:', '  llm: { model: ai/x }'),
      [`${file}:3: key "models" is not supported by inception and is ignored`],
    ],
    [
      'settings of top-level volumes',
      lines('services:', '  api: { image: x }', 'volumes:', '  data:', '    driver: nfs'),
      [
        `${file}:4: volume "data": driver and driver_opts are ignored; inception creates a local volume per environment`,
      ],
    ],
    [
      'what the engine is not asked to do: SELinux relabelling, udp in expose, platform for a build',
      lines(
        'services:',
        '  api:',
        '    image: x',
        '    volumes: ["./data:/data:z"]',
        '    expose: ["53/udp"]',
        '  web:',
        '    build: .',
        '    platform: linux/arm64',
      ),
      [
        `${file}:4: volume option "z" (SELinux relabelling) is not applied: the folder is mounted as it is`,
        `${file}:5: expose "53/udp" is exposed as tcp; expose is only a label on a network, where every port of a service is reachable`,
        `${file}:8: platform "linux/arm64" is given to the container only: the image is built for the engine's own platform`,
      ],
    ],
    [
      'an external default network',
      lines(
        'services:',
        '  api: { image: x }',
        'networks:',
        '  default:',
        '    external: true',
        '    name: edge',
      ),
      [
        `${file}:4: networks.default is external ("edge"), which inception does not apply: every service joins the environment's own network, so that two environments never share one. To join "edge" as well, declare it under another name (networks: { shared: { external: true, name: edge } }) and list that under the service's networks`,
      ],
    ],
  ];
  for (const [name, text, warnings] of cases) {
    it(`warns about ${name}`, () => {
      assert.deepEqual([...parse(text).warnings].sort(), [...warnings].sort());
    });
  }
});

describe('compose loader: variable interpolation', () => {
  it('reads .env next to the file; the given variables win', () => {
    const { file: at } = folder({
      '.env': lines('# defaults', 'TAG=from-dotenv', 'OTHER="quoted value"', ''),
    });
    const text = lines(
      'services:',
      '  api:',
      '    image: "app:${TAG}"',
      '    environment: { O: "${OTHER}" }',
    );
    const fromFile = parse(text, { env: {} }, at).services[0];
    assert.equal(fromFile?.image, 'app:from-dotenv');
    assert.equal(fromFile?.environment.O, 'quoted value');
    assert.equal(parse(text, { env: { TAG: 'from-env' } }, at).services[0]?.image, 'app:from-env');
  });

  it('uses process.env when no variables are given', () => {
    process.env.INCEPTION_TEST_TAG = 'from-process';
    try {
      const project = parseComposeText(
        lines('services:', '  api: { image: "app:${INCEPTION_TEST_TAG}" }'),
        file,
      );
      assert.equal(project.services[0]?.image, 'app:from-process');
    } finally {
      delete process.env.INCEPTION_TEST_TAG;
    }
  });
});

describe('compose loader: profiles', () => {
  const text = lines(
    'services:',
    '  api:',
    '    image: x',
    '  debug:',
    '    image: x',
    '    profiles: [debug, tools]',
    '  mock:',
    '    image: x',
    '    profiles: [mocks]',
  );
  const cases: Array<[string, string[] | undefined, string[]]> = [
    ['no profile', undefined, ['api']],
    ['one profile', ['debug'], ['api', 'debug']],
    ['the second profile of a service', ['tools'], ['api', 'debug']],
    ['two profiles', ['tools', 'mocks'], ['api', 'debug', 'mock']],
    ['every profile', ['*'], ['api', 'debug', 'mock']],
    ['an unused profile', ['other'], ['api']],
  ];
  for (const [name, profiles, expected] of cases) {
    it(`enables services with ${name}`, () => {
      const project = parse(text, profiles ? { profiles } : {});
      assert.deepEqual(
        project.services.map((service) => service.name),
        expected,
      );
    });
  }

  it('keeps the profiles of a service', () => {
    assert.deepEqual(parse(text, { profiles: ['debug'] }).services[1]?.profiles, ['debug', 'tools']);
  });

  it('fails when an enabled service depends on a disabled one', () => {
    const withDependency = lines(
      'services:',
      '  api:',
      '    image: x',
      '    depends_on: [mock]',
      '  mock:',
      '    image: x',
      '    profiles: [mocks, dev]',
    );
    assertFails(
      withDependency,
      `${file}:4: services.api.depends_on[0]: service "api" depends on "mock", which is only enabled with profile mocks or dev; activate one of them or remove the dependency`,
    );
    assert.equal(parse(withDependency, { profiles: ['dev'] }).services.length, 2);
  });

  it('fails when no service is enabled', () => {
    assertFails(
      lines('services:', '  mock:', '    image: x', '    profiles: [mocks]'),
      `${file}:1: services: no service is enabled; every service is in a profile, activate one of mocks`,
    );
  });
});
