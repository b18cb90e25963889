import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { credentialPasswords, looksSecretName, Redactor } from '../../../../src/shared/redaction/redactor.js';

describe('Redactor', () => {
  const cases: Array<[string, string[], string, string]> = [
    ['a plain value', ['s3cr3t-Value'], 'token=s3cr3t-Value end', 'token=*** end'],
    ['every occurrence', ['abcd1234'], 'abcd1234 and abcd1234', '*** and ***'],
    ['its JSON-escaped form', ['p"w\\x'], JSON.stringify({ v: 'p"w\\x' }), '{"v":"***"}'],
    ['its URL-encoded form', ['a b&c=d'], 'q?x=a%20b%26c%3Dd', 'q?x=***'],
    ['the longer of two overlapping values whole', ['abcd', 'abcdefgh'], 'abcdefgh', '***'],
    ['each line of a multi-line value', ['line-one\nline-two'], 'x line-two y', 'x *** y'],
    ['regex characters literally', ['a.b*c+d'], 'a.b*c+d axbbcd', '*** axbbcd'],
    ['nothing shorter than 4 characters', ['abcd', 'abc', '1'], 'abc 1 abcd', 'abc 1 ***'],
    [
      'no boolean word or short number',
      ['false', 'TRUE', 'disabled', '3600', '12345678'],
      '{"oomKilled": false, "ttl": 3600, "pin": 12345678}',
      '{"oomKilled": false, "ttl": 3600, "pin": ***}',
    ],
    [
      'the password of any credential URL, known or not',
      [],
      'DATABASE_URL=postgres://app:hunter22@db:5432/app',
      'DATABASE_URL=postgres://app:***@db:5432/app',
    ],
  ];
  for (const [what, values, text, expected] of cases) {
    test(`redacts ${what}`, () => {
      const redactor = new Redactor();
      for (const value of values) redactor.add(value);
      assert.equal(redactor.redact(text), expected);
    });
  }

  test('a credential URL added as a secret makes its password one everywhere', () => {
    const redactor = new Redactor();
    redactor.add('postgres://app:pa%2Fss-word@db/app');
    assert.equal(redactor.redact('PGPASSWORD=pa/ss-word'), 'PGPASSWORD=***');
  });

  test('variables: secret by name, or by holding a credential URL', () => {
    const redactor = new Redactor();
    redactor.addEnvEntries(['API_TOKEN=tok-123456', 'PATH=/usr/bin:/bin', 'DB=mysql://u:pw-9876@h/x']);
    redactor.addVariable('LOG_LEVEL', 'debug');
    assert.equal(redactor.redact('tok-123456 /usr/bin:/bin pw-9876 debug'), '*** /usr/bin:/bin *** debug');
  });

  test('tells each new form once, and nothing for values too short', () => {
    const heard: string[] = [];
    const redactor = new Redactor((value) => heard.push(value));
    redactor.add('a"bcd');
    redactor.add('a"bcd');
    redactor.add('yes');
    assert.deepEqual(heard, ['a"bcd', 'a\\"bcd', 'a%22bcd']);
    assert.equal(redactor.size, 3);
  });

  test('a value added after a redaction is redacted from then on', () => {
    const redactor = new Redactor();
    redactor.add('first-secret');
    assert.equal(redactor.redact('first-secret later-secret'), '*** later-secret');
    redactor.add('later-secret');
    assert.equal(redactor.redact('first-secret later-secret'), '*** ***');
  });
});

describe('looksSecretName', () => {
  for (const name of ['API_TOKEN', 'DB_PASSWORD', 'aws_secret_access_key', 'PGPASS', 'AUTH_HEADER'])
    test(`${name} looks secret`, () => assert.equal(looksSecretName(name), true));
  for (const name of ['PATH', 'HOME', 'LOG_LEVEL', 'DATABASE_URL'])
    test(`${name} does not`, () => assert.equal(looksSecretName(name), false));
});

describe('credentialPasswords', () => {
  test('finds each password, decoded too', () => {
    assert.deepEqual(credentialPasswords('redis://:p%40ss@r:6379 http://host/path amqp://u:x1@b'), [
      'p%40ss',
      'p@ss',
      'x1',
    ]);
  });
});
