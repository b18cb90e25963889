import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadComposeFile } from '../../../../src/config/compose/index.js';
import { parseInceptionConfig } from '../../../../src/config/inception/index.js';
import { initTemplate } from '../../../../src/cli/project/init-template.js';

const composeFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'inception-init-')), 'compose.yml');
writeFileSync(
  composeFile,
  'name: shop\nservices:\n  api:\n    build: app\n    ports: ["8080"]\n  db:\n    image: postgres:16\n',
);
const project = await loadComposeFile(composeFile);

describe('the inception.yml `inception init` writes', () => {
  test('with a tests folder: a config that loads, building the test image and naming the services', () => {
    const text = initTemplate({ compose: ['compose.yml'], project, testsFolder: 'tests' });
    const config = parseInceptionConfig(text, '/p/inception.yml');
    assert.equal(config.compose, '/p/compose.yml');
    assert.deepEqual(
      config.images.map((image) => [image.name, image.context]),
      [['shop-tests', '/p/tests']],
    );
    assert.equal(config.tests?.image, 'shop-tests');
    assert.deepEqual(config.tests?.env, { API_URL: 'http://api:8080' });
    assert.match(text, /^#\s+api\s+api:8080 \(built from its build: section\)$/m);
    assert.match(text, /^#\s+db\s+no ports$/m);
    assert.deepEqual(config.suites, []);
    const example = text.slice(text.indexOf('# suites:')).replace(/^# /gm, '');
    const suites = parseInceptionConfig(example, '/p/inception.yml').suites;
    assert.deepEqual(
      suites.map((suite) => [suite.name, suite.command?.join(' ')]),
      [
        ['api', 'pytest tests/api'],
        ['ui', 'pytest tests/ui'],
      ],
    );
  });

  test('without one: the tests commented out, and how to run them from the command line', () => {
    const text = initTemplate({ compose: ['../compose.yml'], project });
    const config = parseInceptionConfig(text, '/p/sub/inception.yml');
    assert.equal(config.tests, undefined);
    assert.equal(config.compose, '/p/compose.yml');
    assert.match(text, /inception test --image shop-tests -- pytest -x/);
  });

  test('with an override file: both files, in the order docker compose merges them', () => {
    const text = initTemplate({ compose: ['compose.yml', 'compose.override.yml'], project });
    const config = parseInceptionConfig(text, '/p/inception.yml');
    assert.equal(config.compose, '/p/compose.yml');
    assert.deepEqual(config.composeOverrides, ['/p/compose.override.yml']);
  });
});
