import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { assertFails, folder, lines, parse } from '../support.js';

describe('compose loader: env_file', () => {
  const envText = lines(
    '# a comment',
    '',
    'PLAIN=value',
    'export EXPORTED=yes',
    'SPACED = around ',
    'DOUBLE="line\\nbreak # not a comment"',
    "SINGLE='raw \\n $x'",
    'INLINE=kept # dropped',
    'EMPTY=',
    'FROM_ENV',
    'OVERRIDDEN=file',
  );
  it('reads KEY=VAL lines, comments and blank lines; environment wins', () => {
    const { dir: at, file: compose } = folder({ 'app.env': envText, 'second.env': 'PLAIN=second\n' });
    const text = lines(
      'services:',
      '  api:',
      '    image: x',
      '    env_file: [app.env, ./second.env]',
      '    environment: { OVERRIDDEN: compose }',
    );
    const spec = parse(text, { env: { FROM_ENV: 'shell' } }, compose).services[0];
    assert.ok(at);
    assert.deepEqual(spec?.environment, {
      PLAIN: 'second',
      EXPORTED: 'yes',
      SPACED: 'around',
      DOUBLE: 'line\nbreak # not a comment',
      SINGLE: 'raw \\n $x',
      INLINE: 'kept',
      EMPTY: '',
      FROM_ENV: 'shell',
      OVERRIDDEN: 'compose',
    });
  });

  it('accepts a single file and the long form with required: false', () => {
    const { file: compose } = folder({ 'a.env': 'A=1\n' });
    const single = parse(lines('services:', '  api: { image: x, env_file: a.env }'), {}, compose).services[0];
    assert.deepEqual(single?.environment, { A: '1' });
    const optional = parse(
      lines(
        'services:',
        '  api:',
        '    image: x',
        '    env_file:',
        '      - { path: a.env }',
        '      - { path: missing.env, required: false }',
      ),
      {},
      compose,
    ).services[0];
    assert.deepEqual(optional?.environment, { A: '1' });
  });

  it('names a missing env file', () => {
    const { dir: at, file: compose } = folder();
    assertFails(
      lines('services:', '  api:', '    image: x', '    env_file:', '      - missing.env'),
      `${compose}:5: services.api.env_file[0]: env file ${join(at, 'missing.env')} does not exist`,
      {},
      compose,
    );
  });

  it('names the line of a malformed env file', () => {
    const { dir: at, file: compose } = folder({ 'bad.env': lines('A=1', 'not valid line') });
    assertFails(
      lines('services:', '  api: { image: x, env_file: bad.env }'),
      `${join(at, 'bad.env')}:2: "not valid line" is not KEY=value`,
      {},
      compose,
    );
  });

  it('format: raw keeps values verbatim; the default format interpolates and reads escapes', () => {
    const { file: compose } = folder({
      'raw.env': lines('QUOTED="as is"', 'DOLLAR=$HOME', 'TRAILING=x  ', 'FROM_ENV'),
      'app.env': lines(
        'BASE=https://h',
        'URL=${BASE}/api',
        'PRICE="\\$5"',
        "KEPT='${BASE}'",
        'ZONE: ${REGION}',
      ),
    });
    const spec = parse(
      lines(
        'services:',
        '  api:',
        '    image: x',
        '    environment: { REGION: eu }',
        '    env_file:',
        '      - { path: raw.env, format: raw }',
        '      - app.env',
      ),
      { env: { FROM_ENV: 'shell' } },
      compose,
    ).services[0];
    assert.deepEqual(spec?.environment, {
      QUOTED: '"as is"',
      DOLLAR: '$HOME',
      TRAILING: 'x  ',
      FROM_ENV: 'shell',
      BASE: 'https://h',
      URL: 'https://h/api',
      PRICE: '$5',
      KEPT: '${BASE}',
      ZONE: 'eu',
      REGION: 'eu',
    });
  });

  it('refuses an env_file format compose does not know', () => {
    const { file: compose } = folder({ 'a.env': 'A=1\n' });
    assertFails(
      lines('services:', '  api:', '    image: x', '    env_file:', '      - { path: a.env, format: json }'),
      `${compose}:5: services.api.env_file[0].format: unsupported env_file format "json"; leave it out, or use raw`,
      {},
      compose,
    );
  });
});
