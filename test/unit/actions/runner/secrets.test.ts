import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { learnVariables, readRedactInput, stepSecrets } from '../../../../src/actions/runner/secrets.js';

describe('step secrets', () => {
  test('the redact input: one value a line, blank lines and short values ignored', () => {
    process.env.INPUT_REDACT = '  first-value \n\nabc\nsecond-value\n';
    try {
      readRedactInput();
    } finally {
      delete process.env.INPUT_REDACT;
    }
    assert.equal(stepSecrets.redact('first-value abc second-value'), '*** abc ***');
  });

  test('variables: by name, and credential URLs whatever the name', () => {
    learnVariables({ NPM_TOKEN: 'npm-abcdef', LEVEL: 'debug-level', DSN: 'mysql://u:dsn-pass@h/x' });
    assert.equal(stepSecrets.redact('npm-abcdef debug-level dsn-pass'), '*** debug-level ***');
  });
});
