import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { WaitStrategy } from '../../../../../../src/config/compose/model.js';
import { parseWaitStrategy } from '../../../../../../src/config/compose/service/startup/wait-strategy.js';
import { ConfigurationError } from '../../../../../../src/errors.js';
import { assertFails, file, svc } from '../../support.js';

describe('parseWaitStrategy', () => {
  const valid: Array<[string, unknown, WaitStrategy]> = [
    [
      'http port only',
      { http: 8080 },
      { kind: 'http', port: 8080, path: '/', status: [200], scheme: 'http' },
    ],
    [
      'http port as text',
      { http: '8080' },
      { kind: 'http', port: 8080, path: '/', status: [200], scheme: 'http' },
    ],
    [
      'http full',
      { http: { port: 8443, path: '/healthz', status: [200, 204], body: '^ok$', scheme: 'https' } },
      { kind: 'http', port: 8443, path: '/healthz', status: [200, 204], body: '^ok$', scheme: 'https' },
    ],
    [
      'http single status',
      { http: { port: 80, status: 204 } },
      { kind: 'http', port: 80, path: '/', status: [204], scheme: 'http' },
    ],
    ['tcp port', { tcp: 5432 }, { kind: 'tcp', port: 5432 }],
    ['tcp mapping', { tcp: { port: 6379 } }, { kind: 'tcp', port: 6379 }],
    ['log pattern', { log: 'ready to accept' }, { kind: 'log', pattern: 'ready to accept', times: 1 }],
    [
      'log times',
      { log: { pattern: 'ready\\s+now', times: 2 } },
      { kind: 'log', pattern: 'ready\\s+now', times: 2 },
    ],
    ['exit', { exit: 0 }, { kind: 'exit', code: 0 }],
    ['exit code', { exit: 3 }, { kind: 'exit', code: 3 }],
    ['running duration', { running: '5s' }, { kind: 'running', forMs: 5000 }],
    ['running seconds', { running: 2 }, { kind: 'running', forMs: 2000 }],
    ['healthy', { healthy: true }, { kind: 'healthy' }],
    ['healthy without value', { healthy: null }, { kind: 'healthy' }],
    ['started', { started: true }, { kind: 'started' }],
    ['"healthy" shorthand', 'healthy', { kind: 'healthy' }],
    ['"started" shorthand', 'started', { kind: 'started' }],
  ];
  for (const [name, input, expected] of valid) {
    it(`reads ${name}`, () => assert.deepEqual(parseWaitStrategy(input, 'wait'), expected));
  }

  const invalid: Array<[string, unknown, string]> = [
    [
      'unknown key',
      { ready: true },
      'wait.ready: unknown wait strategy "ready"; use one of http, tcp, log, exit, running, healthy, started',
    ],
    [
      'two keys',
      { tcp: 1, http: 2 },
      'wait: give exactly one wait strategy (http, tcp, log, exit, running, healthy, started); found tcp, http',
    ],
    ['no key', {}, 'wait: give exactly one wait strategy'],
    [
      'not a mapping',
      42,
      'wait: expected a mapping with one of http, tcp, log, exit, running, healthy, started, got 42',
    ],
    [
      'list',
      ['http'],
      'wait: expected a mapping with one of http, tcp, log, exit, running, healthy, started, got a list',
    ],
    [
      'other string',
      'ready',
      'wait: expected a mapping with one of http, tcp, log, exit, running, healthy, started, got "ready"',
    ],
    ['bad port', { http: 'abc' }, 'wait.http: expected a whole number, got "abc"'],
    ['port out of range', { tcp: 70000 }, 'wait.tcp: 70000 is out of range; use 1 to 65535'],
    ['port zero', { tcp: { port: 0 } }, 'wait.tcp.port: 0 is out of range'],
    ['http without port', { http: { path: '/x' } }, 'wait.http: needs a port'],
    [
      'http unknown key',
      { http: { port: 1, url: '/x' } },
      'wait.http.url: unknown key "url"; use port, path, status, body, scheme',
    ],
    [
      'http path without slash',
      { http: { port: 1, path: 'health' } },
      'wait.http.path: "health" must start with "/"',
    ],
    [
      'http bad status',
      { http: { port: 1, status: [200, 999] } },
      'wait.http.status[1]: 999 is out of range; use 100 to 599',
    ],
    [
      'http empty status',
      { http: { port: 1, status: [] } },
      'wait.http.status: give at least one status code',
    ],
    [
      'http bad scheme',
      { http: { port: 1, scheme: 'ftp' } },
      'wait.http.scheme: expected "http" or "https", got "ftp"',
    ],
    [
      'http bad body regex',
      { http: { port: 1, body: '(' } },
      'wait.http.body: "(" is not a valid regular expression',
    ],
    ['bad log regex', { log: 'ready [' }, 'wait.log: "ready [" is not a valid regular expression'],
    ['empty log pattern', { log: '' }, 'wait.log: the pattern is empty'],
    ['log times zero', { log: { pattern: 'x', times: 0 } }, 'wait.log.times: 0 is out of range'],
    ['log without pattern', { log: { times: 2 } }, 'wait.log.pattern: expected a string, got nothing'],
    ['exit not a number', { exit: 'zero' }, 'wait.exit: expected a whole number, got "zero"'],
    ['exit out of range', { exit: 256 }, 'wait.exit: 256 is out of range; use 0 to 255'],
    ['running not a duration', { running: 'soon' }, 'wait.running: "soon" is not a duration'],
    ['healthy false', { healthy: false }, 'wait.healthy: write "healthy: true"'],
    ['started string', { started: 'yes' }, 'wait.started: write "started: true"'],
  ];
  for (const [name, input, message] of invalid) {
    it(`rejects ${name}`, () => {
      assert.throws(
        () => parseWaitStrategy(input, 'wait'),
        (error: Error) => error instanceof ConfigurationError && error.message.startsWith(message),
        `expected a message starting with ${message}`,
      );
    });
  }

  it('prefixes the location given by the caller', () => {
    assert.throws(
      () =>
        parseWaitStrategy({ tcp: 'x' }, 'services.api.x-inception.wait', (path) => `compose.yml:7: ${path}`),
      { message: 'compose.yml:7: services.api.x-inception.wait.tcp: expected a whole number, got "x"' },
    );
  });
});

describe('compose loader: errors name the file, the line and the key', () => {
  const cases: Array<[string, string, number, string]> = [
    [
      'an unknown wait strategy',
      svc('image: x', 'x-inception:', '  wait:', '    ready: true'),
      6,
      'services.api.x-inception.wait.ready: unknown wait strategy "ready"; use one of http, tcp, log, exit, running, healthy, started',
    ],
    [
      'a bad wait regex',
      svc('image: x', 'x-inception:', '  wait:', '    log: "(["'),
      6,
      'services.api.x-inception.wait.log: "([" is not a valid regular expression (Invalid regular expression: /([/: Unterminated character class)',
    ],
  ];
  for (const [name, text, line, message] of cases) {
    it(`reports ${name} at line ${line}`, () => {
      const expected = message.startsWith('expected')
        ? `${file}:${line}: ${message}`
        : `${file}:${line}: ${message}`;
      assertFails(text, expected);
    });
  }
});
