import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { LABEL_ENVIRONMENT } from '../../src/shared/identity/labels.js';
import { ActionJob } from '../support/action-runner.js';
import { docker, EnvironmentNames, resourcesLabelled } from '../support/docker.js';

const names = new EnvironmentNames();
after(() => names.removeAll());

/** Signals the step once `pattern` is in its output, as the runner does when the job is cancelled. */
function signalWhen(pattern: RegExp, signal: NodeJS.Signals, sent: { at?: number }) {
  return (child: ChildProcess) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (sent.at === undefined && pattern.test(output)) {
        sent.at = Date.now();
        child.kill(signal);
      }
    });
  };
}

describe('actions under SIGINT and SIGTERM (bundled, as the runner runs them)', () => {
  test('setup-docker: a signal while a service starts ends main at once as cancelled; post collects and removes', async () => {
    const environment = names.next('action-sig');
    const folder = mkdtempSync(path.join(os.tmpdir(), 'inception-action-signal-'));
    writeFileSync(
      path.join(folder, 'compose.yml'),
      "services:\n  stuck:\n    image: debian:bookworm-slim\n    command: ['sleep', 'infinity']\n" +
        "    volumes: ['data:/data']\n    x-inception: { wait: { log: 'never printed' }, timeout: 5m }\nvolumes:\n  data: {}\n",
    );
    const job = new ActionJob({ GITHUB_WORKSPACE: folder });
    const sent: { at?: number } = {};
    const main = await job.run(
      'setup-docker',
      { 'compose-file': 'compose.yml', 'environment-name': environment },
      'main',
      {},
      signalWhen(/stuck: started, waiting for/, 'SIGTERM', sent),
    );
    const took = Date.now() - sent.at!;
    assert.ok(sent.at, main.stdout);
    assert.equal(main.exitCode, 1, main.stdout + main.stderr);
    assert.ok(took < 15_000, `main ended ${took} ms after SIGTERM`);
    assert.match(main.stdout, /::warning::SIGTERM received: stopping and cleaning up/);
    assert.match(main.stdout, /::error::cancelled by SIGTERM/);
    assert.equal((await resourcesLabelled(`${LABEL_ENVIRONMENT}=${environment}`)).containers.length, 1);

    const post = await job.run('setup-docker', {}, 'post');
    assert.equal(post.exitCode, 0, post.stdout + post.stderr);
    assert.match(post.stdout, /diagnostics: /, 'a cancelled main is a failure: diagnostics first');
    assert.deepEqual(await resourcesLabelled(`${LABEL_ENVIRONMENT}=${environment}`), {
      containers: [],
      networks: [],
      volumes: [],
    });
  });

  test('build-images: SIGINT during a long build stops the build; no image is tagged', async () => {
    const name = `it-action-sig-${randomBytes(4).toString('hex')}`;
    const workspace = mkdtempSync(path.join(os.tmpdir(), 'inception-action-signal-'));
    writeFileSync(
      path.join(workspace, 'Dockerfile'),
      `FROM debian:bookworm-slim\nRUN echo "step-started-${name}" && sleep 120\n`,
    );
    const sent: { at?: number } = {};
    const job = new ActionJob({ GITHUB_WORKSPACE: workspace });
    const main = await job.run(
      'build-images',
      { images: `- name: ${name}\n  context: .\n`, tag: 'sig' },
      'main',
      {},
      signalWhen(new RegExp(`step-started-${name}`), 'SIGINT', sent),
    );
    const took = Date.now() - sent.at!;
    assert.ok(sent.at, main.stdout);
    assert.equal(main.exitCode, 1, main.stdout + main.stderr);
    assert.ok(took < 15_000, `main ended ${took} ms after SIGINT`);
    assert.match(main.stdout, /::error::cancelled by SIGINT/);
    const images = await docker.listImages({ filters: JSON.stringify({ reference: [`${name}:sig`] }) });
    assert.equal(images.length, 0);
  });

  test('run-tests without an environment: the test container is labelled; SIGTERM removes it, and after SIGKILL the post step does', async () => {
    const workspace = mkdtempSync(path.join(os.tmpdir(), 'inception-action-signal-'));
    for (const [signal, expectLeft] of [
      ['SIGTERM', 0],
      ['SIGKILL', 1],
    ] as const) {
      const name = names.next(`tests-${signal.toLowerCase()}`);
      const job = new ActionJob({ GITHUB_WORKSPACE: workspace });
      const sent: { at?: number } = {};
      const main = await job.run(
        'run-tests',
        { image: 'debian:bookworm-slim', command: 'sh -c "echo tests-running; sleep 120"', name },
        'main',
        {},
        signalWhen(/tests-running/, signal, sent),
      );
      assert.ok(sent.at, main.stdout);
      assert.notEqual(main.exitCode, 0);
      const left = await resourcesLabelled(`${LABEL_ENVIRONMENT}=${name}`);
      assert.equal(left.containers.length, expectLeft, `${signal}: ${main.stdout}`);
      if (expectLeft) {
        const [info] = await docker.listContainers({ all: true, filters: JSON.stringify({ name: [name] }) });
        assert.equal(info?.Labels['io.inception.role'], 'test');
        assert.ok(info?.Labels['io.inception.run-id'] && info.Labels['io.inception.owner']);
      }
      const post = await job.run('run-tests', {}, 'post');
      assert.equal(post.exitCode, 0, post.stdout + post.stderr);
      if (expectLeft) assert.match(post.stdout, new RegExp(`Removed test container ${name}`));
      assert.deepEqual((await resourcesLabelled(`${LABEL_ENVIRONMENT}=${name}`)).containers, []);
    }
  });
});
