import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { labelFilter } from '../../src/shared/identity/labels.js';
import { ActionJob } from '../support/action-runner.js';
import { docker } from '../support/docker.js';

const containersOf = async (environment: string) =>
  docker.listContainers({ all: true, filters: JSON.stringify(labelFilter(environment)) });

describe('setup-docker, bundled, as the runner runs it', () => {
  test('main brings the fixture system up and exports its addresses; post removes it', async () => {
    const job = new ActionJob();
    const main = await job.run('setup-docker', {
      'compose-file': 'fixtures/compose.yml',
      'environment-name': 'action-setup-ok',
    });
    assert.equal(main.exitCode, 0, main.stdout + main.stderr);
    assert.equal(main.outputs.environment, 'action-setup-ok');
    assert.equal(main.outputs.network, 'action-setup-ok');
    const services = JSON.parse(main.outputs.services!) as Record<string, { url?: string; ip: string }>;
    assert.deepEqual(Object.keys(services).sort(), ['api', 'broker', 'migrate', 'worker']);
    assert.match(job.env.INCEPTION_API_URL!, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.equal((await fetch(`${job.env.INCEPTION_API_URL}/healthz`)).status, 200);
    assert.match(main.stdout, /::group::Build 2 images and start 4 services of action-setup-ok/);
    assert.match(main.summary, /action-setup-ok/);
    assert.equal((await containersOf('action-setup-ok')).length, 4);

    const post = await job.run('setup-docker', {}, 'post');
    assert.equal(post.exitCode, 0, post.stdout + post.stderr);
    assert.doesNotMatch(post.stdout, /Collect/i, 'no diagnostics when nothing failed');
    assert.equal((await containersOf('action-setup-ok')).length, 0);
  });

  test('a crashing service fails main with its lines; post collects diagnostics, then removes everything', async () => {
    const job = new ActionJob();
    const main = await job.run('setup-docker', {
      'compose-file': 'fixtures/compose.crash.yml',
      'environment-name': 'action-setup-crash',
    });
    assert.equal(main.exitCode, 1);
    assert.match(main.stdout, /::error::.*crasher.*exited with code 1/);
    assert.match(main.stdout, /fatal: cannot open config \/etc\/crasher.conf/);
    assert.equal(job.env.INCEPTION_JOB_FAILED, 'true');

    const post = await job.run('setup-docker', {}, 'post');
    assert.equal(post.exitCode, 0, 'diagnostics and cleanup never fail the job');
    const folder = /diagnostics: (\S+)/.exec(post.stdout)?.[1];
    assert.ok(folder && existsSync(folder), `diagnostics folder in: ${post.stdout}`);
    assert.match(post.summary, /crasher/);
    const log = readFileSync(path.join(folder, 'containers/action-setup-crash-crasher/log.txt'), 'utf8');
    assert.match(log, /fatal: cannot open config/);
    assert.equal((await containersOf('action-setup-crash')).length, 0);
  });

  test('a wrong input is an error naming the input', async () => {
    const job = new ActionJob();
    const main = await job.run('setup-docker', { 'compose-file': 'fixtures/nope.yml' });
    assert.equal(main.exitCode, 1);
    assert.match(main.stdout, /::error::Input "compose-file": .*nope.yml does not exist/);
    const bad = await job.run('setup-docker', { 'compose-file': 'fixtures/compose.yml', keep: 'maybe' });
    assert.match(bad.stdout, /::error::Input "keep" is "maybe"; write true or false/);
  });

  test('no engine answering is an error that says what to start', async () => {
    const job = new ActionJob({ DOCKER_HOST: 'unix:///nonexistent/docker.sock' });
    const main = await job.run('setup-docker', { 'compose-file': 'fixtures/compose.yml' });
    assert.equal(main.exitCode, 1);
    assert.match(
      main.stdout,
      /::error::No Docker engine answers at unix:\/\/\/nonexistent\/docker.sock.*Start the Docker daemon/,
    );
  });
});
