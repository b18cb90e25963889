import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Docker from 'dockerode';
import { removeEnvironment } from '../../src/docker/environment/cleanup/cleanup.js';
import type { EnvironmentInfo } from '../../src/docker/environment/info.js';
import { environmentLabels } from '../../src/shared/identity/labels.js';
import { runTestContainer, type TestContainerOptions } from '../../src/docker/test-container/run.js';
import { silentLogger } from '../../src/log.js';
import { MemoryLogger } from '../support/memory-logger.js';

const docker = new Docker();
const ENV = `it-run-tests-${randomBytes(4).toString('hex')}`;
const NETWORK = `${ENV}-net`;
const IMAGE = 'debian:bookworm-slim';

// A one-line TCP server: answers every connection with "pong <what it read>".
const SERVER = `perl -MIO::Socket::INET -e '$s=IO::Socket::INET->new(LocalPort=>8080,Listen=>5,ReuseAddr=>1) or die; while($c=$s->accept){$l=<$c>; print $c "pong $l"; close $c}'`;

const PASSING_TEST = `
set -e
exec 3<>/dev/tcp/$INCEPTION_WEB_HOST/8080
echo hello >&3
read -r answer <&3
echo "answer: $answer"
echo "to stderr" >&2
mkdir -p /reports/nested
cat > /reports/results.xml <<XML
<?xml version="1.0" encoding="UTF-8"?>
<testsuites><testsuite name="smoke" tests="2" time="0.5">
<testcase classname="smoke" name="reaches web" time="0.2"/>
<testcase classname="smoke" name="skips" time="0.0"><skipped/></testcase>
</testsuite></testsuites>
XML
echo "<testsuite name='other'><testcase name='x'/></testsuite>" > /reports/nested/results.xml
echo "not a report" > /reports/notes.txt
[ "$answer" = "pong hello" ]
`;

const FAILING_TEST = `
mkdir -p /reports
cat > /reports/results.xml <<XML
<testsuite name="api" tests="2" failures="1">
<testcase classname="api.orders" name="test_create"/>
<testcase classname="api.orders" name="test_cancel"><failure message="expected 200, got 500">trace</failure></testcase>
</testsuite>
XML
echo failing; exit 1
`;

const environment: EnvironmentInfo = {
  name: ENV,
  network: NETWORK,
  services: {
    web: {
      container: `${ENV}-web`,
      containerId: '',
      ip: '',
      hostname: 'web',
      hostPorts: {},
      internalUrl: 'http://web:8080',
    },
  },
};

let reportsDir: string;

function options(overrides: Partial<TestContainerOptions>): TestContainerOptions {
  return {
    image: IMAGE,
    env: {},
    environment,
    reportsGlob: '/reports/**/*.xml',
    reportsDir,
    timeoutMs: 60_000,
    name: `${ENV}-test-${randomBytes(3).toString('hex')}`,
    logger: new MemoryLogger(),
    ...overrides,
  };
}

async function containerExists(name: string): Promise<boolean> {
  const found = await docker.listContainers({ all: true, filters: { name: [name] } });
  return found.some((container) => container.Names.includes(`/${name}`));
}

describe('runTestContainer (real engine)', { timeout: 120_000 }, () => {
  before(async () => {
    reportsDir = await mkdtemp(join(tmpdir(), 'inception-reports-'));
    await docker.createNetwork({ Name: NETWORK, Labels: environmentLabels(ENV, 'network') });
    const web = await docker.createContainer({
      name: `${ENV}-web`,
      Image: IMAGE,
      Cmd: ['sh', '-c', SERVER],
      Labels: { ...environmentLabels(ENV, 'service'), 'io.inception.service': 'web' },
      HostConfig: { NetworkMode: NETWORK },
      NetworkingConfig: { EndpointsConfig: { [NETWORK]: { Aliases: ['web'] } } },
    });
    await web.start();
  });

  after(async () => {
    await removeEnvironment(docker, ENV, silentLogger);
    await rm(reportsDir, { recursive: true, force: true });
  });

  it('reaches a service by name, streams output, copies reports and passes', async () => {
    const logger = new MemoryLogger();
    const run = options({ command: ['bash', '-c', PASSING_TEST], logger, env: { EXTRA: 'x' } });
    const result = await runTestContainer(docker, run);
    assert.equal(result.result, 'passed', logger.text());
    assert.equal(result.exitCode, 0);
    assert.match(logger.text(), /answer: pong hello/);
    assert.match(logger.text(), /to stderr/);
    assert.deepEqual(result.reports.map((path) => path.slice(reportsDir.length + 1)).sort(), [
      'results-2.xml',
      'results.xml',
    ]);
    const contents = await Promise.all(result.reports.map((path) => readFile(path, 'utf8')));
    assert.ok(
      contents.some((text) => text.includes('reaches web')) && contents.some((t) => t.includes("'other'")),
    );
    assert.equal(result.summary?.tests, 3);
    assert.equal(result.summary?.passed, 2);
    assert.equal(result.summary?.skipped, 1);
    assert.equal(await containerExists(run.name), false, 'the test container is removed');
  });

  it('injects service addresses, lets user env win, and labels the container', async () => {
    const logger = new MemoryLogger();
    const script =
      'echo "HOST=$INCEPTION_WEB_HOST URL=$INCEPTION_WEB_URL ENV=$INCEPTION_ENVIRONMENT NET=$INCEPTION_NETWORK"';
    const run = options({
      command: ['sh', '-c', script],
      env: { INCEPTION_WEB_URL: 'http://override' },
      logger,
      reportsGlob: '/reports/*.xml',
    });
    const seen: string[] = [];
    const listing = setInterval(() => {
      void docker
        .listContainers({
          all: true,
          filters: { label: [`io.inception.environment=${ENV}`, 'io.inception.role=test'] },
        })
        .then((found) => seen.push(...found.map((c) => c.Names.join(','))));
    }, 50);
    const result = await runTestContainer(docker, run).finally(() => clearInterval(listing));
    assert.equal(result.result, 'passed');
    assert.match(logger.text(), new RegExp(`HOST=web URL=http://override ENV=${ENV} NET=${NETWORK}`));
    assert.match(logger.text(), /warning: No test reports: \/reports does not exist/);
    assert.deepEqual(result.reports, []);
    assert.equal(result.summary, undefined);
    assert.ok(
      seen.some((names) => names.includes(run.name)),
      'labelled with the environment and role=test',
    );
  });

  it('reports a failing run with its exit code and failing tests', async () => {
    const run = options({ command: ['sh', '-c', FAILING_TEST], reportsDir: join(reportsDir, 'failing') });
    const result = await runTestContainer(docker, run);
    assert.equal(result.result, 'failed');
    assert.equal(result.exitCode, 1);
    assert.match(result.message, /exited with code 1/);
    assert.equal(result.summary?.failed, 1);
    assert.equal(result.summary?.failures[0]?.name, 'test_cancel');
    assert.equal(result.summary?.failures[0]?.message, 'expected 200, got 500');
    assert.equal(await containerExists(run.name), false);
  });

  it('stops a run that exceeds its timeout and removes the container', async () => {
    const run = options({ command: ['sleep', '100'], timeoutMs: 2000 });
    const started = Date.now();
    const result = await runTestContainer(docker, run);
    assert.equal(result.result, 'timed-out');
    assert.match(result.message, /timed out after 2\.0s/);
    assert.ok(Date.now() - started < 20_000, `took ${Date.now() - started}ms`);
    assert.equal(await containerExists(run.name), false);
  });

  it('refuses a network that does not exist', async () => {
    await assert.rejects(
      runTestContainer(docker, options({ environment: undefined, network: `${ENV}-missing` })),
      /Network "it-run-tests-.*-missing" does not exist/,
    );
  });
});
