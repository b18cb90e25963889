import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, test } from 'node:test';
import { planChanges, ruleTakes, targetOf } from '../../../../src/cli/watch/watch-rules.js';
import type { ComposeProject, WatchRule } from '../../../../src/config/compose/index.js';
import { DockerIgnore } from '../../../../src/docker/build/context-ignore.js';
import { serviceSpec } from '../../../support/service-spec.js';

const root = '/work/shop';
const at = (file: string) => path.join(root, file);
const rule = (fields: Partial<WatchRule> & Pick<WatchRule, 'path' | 'action'>): WatchRule => ({
  ignore: [],
  include: [],
  initialSync: false,
  ...fields,
});

const web = serviceSpec('web', {
  build: { context: at('web'), dockerfile: 'Dockerfile', args: {} },
  watch: [
    rule({ path: at('web/public'), action: 'sync', target: '/srv/public', ignore: ['*.map', 'drafts/'] }),
    rule({ path: at('web/nginx.conf'), action: 'sync+restart', target: '/etc/nginx/nginx.conf' }),
    rule({ path: at('web/package.json'), action: 'rebuild' }),
  ],
});
const api = serviceSpec('api', {
  build: { context: at('api'), dockerfile: 'Dockerfile', args: {} },
  watch: [
    rule({
      path: at('api/src'),
      action: 'sync+exec',
      target: '/app/src',
      include: ['*.ts'],
      exec: { command: ['npm', 'run', 'bundle'], privileged: false, environment: {} },
    }),
    rule({ path: at('api/.env'), action: 'restart' }),
  ],
});
const worker = serviceSpec('worker', {
  build: { context: at('worker'), dockerfile: 'Dockerfile', args: {} },
});
const project = { services: [web, api, worker] } as unknown as ComposeProject;

describe('watch rules: what a batch of changes does to each service', () => {
  test('a sync rule copies each changed file to its place under the target', () => {
    const plan = planChanges(project, [at('web/public/index.html'), at('web/public/css/site.css')]);
    assert.deepEqual(plan, {
      updates: [
        {
          service: 'web',
          rebuild: false,
          copies: [
            { source: at('web/public/index.html'), target: '/srv/public/index.html' },
            { source: at('web/public/css/site.css'), target: '/srv/public/css/site.css' },
          ],
          restart: false,
          execs: [],
        },
      ],
      refreshed: [],
    });
  });

  test('a file rule lands on its target; sync+restart restarts; restart alone copies nothing', () => {
    const plan = planChanges(project, [at('web/nginx.conf'), at('api/.env')]);
    assert.deepEqual(
      plan.updates.map(({ service, copies, restart }) => ({ service, copies, restart })),
      [
        {
          service: 'web',
          copies: [{ source: at('web/nginx.conf'), target: '/etc/nginx/nginx.conf' }],
          restart: true,
        },
        { service: 'api', copies: [], restart: true },
      ],
    );
  });

  test('a rebuild wins over the same batch’s syncs and restarts of that service', () => {
    const plan = planChanges(project, [
      at('web/public/a.html'),
      at('web/nginx.conf'),
      at('web/package.json'),
    ]);
    assert.deepEqual(plan.updates, [
      { service: 'web', rebuild: true, copies: [], restart: false, execs: [] },
    ]);
  });

  test('ignore, include, editor files and the build context’s .dockerignore keep a change out', () => {
    const contextIgnore = new Map([['web', new DockerIgnore('public/secret.txt\n')]]);
    const ignored = [
      at('web/public/app.js.map'),
      at('web/public/drafts/next.html'),
      at('web/public/.index.html.swp'),
      at('web/public/index.html~'),
      at('web/public/secret.txt'),
      at('api/src/README.md'),
    ];
    assert.deepEqual(planChanges(project, ignored, contextIgnore), { updates: [], refreshed: [] });
    const exec = planChanges(project, [at('api/src/main.ts')]).updates[0]!;
    assert.deepEqual(exec.execs, [{ command: ['npm', 'run', 'bundle'], privileged: false, environment: {} }]);
    assert.deepEqual(exec.copies, [{ source: at('api/src/main.ts'), target: '/app/src/main.ts' }]);
  });

  test('a service without rules is rebuilt when its build context changes; ruled services never by context alone', () => {
    const plan = planChanges(project, [at('worker/job.py'), at('web/Dockerfile'), at('README.md')]);
    assert.deepEqual(plan, { updates: [], refreshed: ['worker'] });
  });

  test('ruleTakes and targetOf on the rule’s own path', () => {
    const file = rule({ path: at('web/nginx.conf'), action: 'sync', target: '/etc/nginx.conf' });
    assert.equal(ruleTakes(file, at('web/nginx.conf')), true);
    assert.equal(ruleTakes(file, at('web/nginx.conf.bak')), false);
    assert.equal(targetOf(file, at('web/nginx.conf')), '/etc/nginx.conf');
  });
});
