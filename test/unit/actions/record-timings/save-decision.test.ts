import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { saveDecision } from '../../../../src/actions/record-timings/save-decision.js';

describe('saveDecision: timings are saved from the default branch only', () => {
  let dir: string;
  let pushEvent: string;
  let bareEvent: string;
  before(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'save-decision-'));
    pushEvent = path.join(dir, 'push.json');
    await writeFile(pushEvent, JSON.stringify({ repository: { default_branch: 'trunk' } }));
    bareEvent = path.join(dir, 'schedule.json');
    await writeFile(bareEvent, JSON.stringify({ schedule: '0 0 * * *' }));
  });
  after(() => rm(dir, { recursive: true, force: true }));

  const cases: [string, NodeJS.ProcessEnv, string | undefined, boolean | RegExp][] = [
    ['a push to the default branch the event names', { GITHUB_REF: 'refs/heads/trunk' }, undefined, true],
    [
      'a pull request',
      { GITHUB_REF: 'refs/pull/7/merge' },
      undefined,
      /refs\/pull\/7\/merge is not the default branch \(refs\/heads\/trunk\)/,
    ],
    ['another branch', { GITHUB_REF: 'refs/heads/feature' }, undefined, /never write/],
    ['a tag', { GITHUB_REF: 'refs/tags/v1' }, undefined, /not the default branch/],
    ['the input wins over the event', { GITHUB_REF: 'refs/heads/main' }, 'main', true],
    ['the input as a full ref', { GITHUB_REF: 'refs/heads/main' }, 'refs/heads/main', true],
    ['no ref', {}, 'main', /GITHUB_REF is not set/],
  ];
  for (const [name, env, input, expected] of cases) {
    test(name, () => {
      const decision = saveDecision({ GITHUB_EVENT_PATH: pushEvent, ...env }, input);
      if (expected === true) assert.equal(decision.save, true, JSON.stringify(decision));
      else {
        assert.equal(decision.save, false);
        assert.match(decision.save ? '' : decision.reason, expected as RegExp);
      }
    });
  }

  test('an event that names no default branch, and no input: not saved, saying what to set', () => {
    for (const event of [bareEvent, path.join(dir, 'missing.json'), undefined]) {
      const decision = saveDecision({
        GITHUB_REF: 'refs/heads/main',
        ...(event ? { GITHUB_EVENT_PATH: event } : {}),
      });
      assert.equal(decision.save, false);
      assert.match(decision.save ? '' : decision.reason, /set "default-branch"/);
    }
  });
});
