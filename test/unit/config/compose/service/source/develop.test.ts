import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { api, dir, parse, svc } from '../../support.js';

describe('compose loader: develop.watch', () => {
  it('reads each rule: the path made absolute, the target, ignore and include lists, initial_sync, exec', () => {
    const spec = api([
      'build: .',
      'develop:',
      '  watch:',
      '    - { path: ./src, action: sync, target: /app/src, ignore: node_modules/, initial_sync: true }',
      '    - { path: package.json, action: rebuild }',
      '    - path: ./conf',
      '      action: sync+exec',
      '      target: /etc/app',
      '      include: ["*.yml"]',
      '      exec: { command: reload --all, user: app, working_dir: /etc/app, environment: [MODE=dev] }',
    ]);
    assert.deepEqual(spec.watch, [
      {
        path: join(dir, 'src'),
        action: 'sync',
        target: '/app/src',
        ignore: ['node_modules/'],
        include: [],
        initialSync: true,
      },
      { path: join(dir, 'package.json'), action: 'rebuild', ignore: [], include: [], initialSync: false },
      {
        path: join(dir, 'conf'),
        action: 'sync+exec',
        target: '/etc/app',
        ignore: [],
        include: ['*.yml'],
        initialSync: false,
        exec: {
          command: ['reload', '--all'],
          user: 'app',
          workingDir: '/etc/app',
          privileged: false,
          environment: { MODE: 'dev' },
        },
      },
    ]);
    assert.deepEqual(api(['image: x', 'develop: {}']).watch, []);
    assert.deepEqual(api(['image: x']).watch, []);
  });

  const refusals: [string, string[], RegExp][] = [
    [
      'a sync rule without target',
      ['- { path: ., action: sync }'],
      /target is required for non-rebuild actions; give the folder in the container that sync copies/,
    ],
    [
      'an action compose does not have',
      ['- { path: ., action: copy, target: /a }'],
      /action "copy" is not one of rebuild, sync, restart, sync\+restart, sync\+exec/,
    ],
    ['a rule without action', ['- { path: . }'], /a watch rule needs "action"/],
    [
      'a relative target',
      ['- { path: ., action: sync, target: app }'],
      /target "app" is not an absolute path in the container/,
    ],
    [
      'sync+exec without exec',
      ['- { path: ., action: sync+exec, target: /a }'],
      /action sync\+exec needs exec: \{ command: ... \}/,
    ],
    [
      'an exec without command',
      ['- { path: ., action: sync+exec, target: /a, exec: { user: x } }'],
      /give the command to run/,
    ],
    [
      'a key the rule does not have',
      ['- { path: ., action: sync, target: /a, targt: /b }'],
      /develop\.watch\[0\]\.targt/,
    ],
  ];
  for (const [what, rule, message] of refusals) {
    it(`refuses ${what}, naming the key`, () => {
      assert.throws(
        () => parse(svc('image: x', 'develop:', '  watch:', ...rule.map((line) => `    ${line}`))),
        (error: Error) => {
          assert.match(error.message, message);
          assert.match(error.message, /develop/);
          return true;
        },
      );
    });
  }
});
