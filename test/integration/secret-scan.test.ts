import { removeKeptBuilds } from '../../src/docker/build/kept-builds.js';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { removeEnvironment } from '../../src/docker/environment/cleanup/cleanup.js';
import { silentLogger } from '../../src/log.js';
import { ActionJob, type StepResult } from '../support/action-runner.js';
import { docker } from '../support/docker.js';
import { maskedLog, plantSecret, SecretScan } from '../support/secret-scan.js';

/**
 * Secrets planted wherever a user puts one — compose environment, a credential URL, entrypoint, command,
 * health check, build args (setup-docker's and build-images'), log lines, run-tests env, the `redact`
 * input — then everything fails, the post step collects, and every byte written is scanned for them.
 */
describe('secret scan: setup-docker, build-images, run-tests, post step, bundled', () => {
  const secrets = {
    apiToken: plantSecret('tok'),
    dbPassword: plantSecret('pw'),
    marked: plantSecret('marked'),
    composeBuildArg: plantSecret('cba'),
    imageBuildArg: plantSecret('iba'),
    testPassword: plantSecret('tpw'),
  };
  const environment = `secret-scan-${secrets.apiToken.slice(-6)}`;
  // The project is the job's workspace, as a checkout is: the actions refuse paths outside it.
  const workspace = mkdtempSync(path.join(os.tmpdir(), 'inception-secret-scan-'));
  const job = new ActionJob({ GITHUB_WORKSPACE: workspace });
  const steps: Array<[string, StepResult]> = [];
  after(async () => {
    await removeEnvironment(docker, environment, silentLogger);
    await removeKeptBuilds(docker, environment);
    await docker
      .getImage(`secret-scan-tests:${environment}`)
      .remove({ force: true })
      .catch(() => undefined);
    await rm(job.folder, { recursive: true, force: true });
    await rm(workspace, { recursive: true, force: true });
  });

  test('no planted value in the bundle, the summaries, the state or the masked step logs', async () => {
    const dir = workspace;
    const databaseUrl = `postgres://app:${secrets.dbPassword}@db/app`;
    await mkdir(path.join(dir, 'api'), { recursive: true });
    await mkdir(path.join(dir, 'tests'), { recursive: true });
    await writeFile(
      path.join(dir, 'api', 'Dockerfile'),
      'FROM debian:bookworm-slim\nARG SIGNING_KEY\nENV SIGNING_KEY=$SIGNING_KEY\nRUN echo "building with $SIGNING_KEY"\n',
    );
    await writeFile(
      path.join(dir, 'tests', 'Dockerfile'),
      'FROM debian:bookworm-slim\nARG NPM_TOKEN\nENV NPM_TOKEN=$NPM_TOKEN\n',
    );
    const compose = {
      services: {
        api: {
          build: { context: 'api', args: { SIGNING_KEY: secrets.composeBuildArg } },
          entrypoint: ['sh', '-c', `echo "entrypoint knows ${secrets.marked}"; exec "$$@"`, 'entry'],
          command: [
            'sh',
            '-c',
            `echo "api: connecting to ${databaseUrl}"; echo "api: token ${secrets.apiToken} rejected" >&2; sleep 60`,
          ],
          environment: { API_TOKEN: secrets.apiToken, DATABASE_URL: databaseUrl },
          healthcheck: {
            test: ['CMD', 'sh', '-c', `echo "Authorization: Bearer ${secrets.apiToken} -> 401"; exit 1`],
            interval: '1s',
            timeout: '10s',
            retries: 2,
          },
          'x-inception': { timeout: '30s' },
        },
      },
    };
    await writeFile(path.join(dir, 'compose.yml'), JSON.stringify(compose, null, 2));
    const setupInputs = {
      'compose-file': path.join(dir, 'compose.yml'),
      'environment-name': environment,
      redact: `${secrets.marked}\n`,
    };
    const run = async (action: string, inputs: Record<string, string>, phase: 'main' | 'post' = 'main') => {
      const result = await job.run(action, inputs, phase);
      steps.push([`${action} ${phase}`, result]);
      return result;
    };

    const setup = await run('setup-docker', setupInputs);
    assert.equal(setup.exitCode, 1, setup.stdout);
    assert.match(setup.stdout, /::error::.*api.*unhealthy/, 'the health check never passes');
    const build = await run('build-images', {
      name: 'secret-scan-tests',
      context: path.join(dir, 'tests'),
      tag: environment,
      'build-args': `NPM_TOKEN=${secrets.imageBuildArg}`,
    });
    assert.equal(build.exitCode, 0, build.stdout + build.stderr);
    const tests = await run('run-tests', {
      image: `secret-scan-tests:${environment}`,
      network: environment,
      name: 'secret-scan',
      'reports-dir': path.join(job.folder, 'reports'),
      env: `TEST_PASSWORD=${secrets.testPassword}`,
      command:
        'sh -c \'echo "tests see $TEST_PASSWORD and $NPM_TOKEN"; mkdir -p /reports; ' +
        'printf "<testsuite tests=\\"1\\" failures=\\"1\\"><testcase name=\\"t\\"><failure message=\\"%s %s\\"/></testcase></testsuite>" ' +
        '"$TEST_PASSWORD" "$NPM_TOKEN" > /reports/junit.xml; exit 1\'',
    });
    assert.equal(tests.exitCode, 1, tests.stdout + tests.stderr);
    const post = await run('setup-docker', setupInputs, 'post');
    assert.equal(post.exitCode, 0, post.stdout + post.stderr);
    const bundle = /diagnostics: (\S+)/.exec(post.stdout)?.[1];
    assert.ok(bundle, post.stdout);

    // The values did reach what was collected: each was masked in some step's log, and the bundle holds
    // the files they were in.
    const rawLogs = steps.map(([, step]) => step.stdout + step.stderr).join('\n');
    for (const [name, value] of Object.entries(secrets)) {
      assert.ok(
        rawLogs.includes(`::add-mask::${value}`),
        `${name} was registered with the runner:\n${rawLogs}`,
      );
    }
    const scan = new SecretScan(secrets);
    await scan.scanTree(bundle, 'bundle');
    await scan.scanTree(path.join(job.folder, 'reports'), 'reports');
    for (const [name, step] of steps) {
      scan.scan(`${name} step log`, maskedLog(step.stdout + step.stderr));
      scan.scan(`${name} job summary`, step.summary);
      scan.scan(`${name} state`, step.files.GITHUB_STATE ?? '');
      scan.scan(`${name} env and outputs`, (step.files.GITHUB_ENV ?? '') + (step.files.GITHUB_OUTPUT ?? ''));
    }
    // Where the values were: these files exist and hold redactions.
    for (const file of [
      `containers/${environment}-api/inspect.json`,
      `containers/${environment}-api/log.txt`,
      `containers/${environment}-api/state.txt`,
      'tests/secret-scan/log.txt',
      'tests/secret-scan/reports/01-junit.xml',
    ]) {
      assert.match(await readFile(path.join(bundle, file), 'utf8'), /\*\*\*/, file);
    }
    assert.ok(scan.files >= 20, `scanned ${scan.files} files`);
    assert.equal(scan.hits.length, 0, scan.report());
    console.log(
      `secret scan: ${Object.keys(secrets).length} values, ${scan.files} files, ${scan.bytes} bytes, ${scan.hits.length} hits`,
    );
  });
});
