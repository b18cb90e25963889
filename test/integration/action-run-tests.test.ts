import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Docker from 'dockerode';
import { runTestsAction } from '../../src/actions/run-tests/index.js';
import { removeEnvironment } from '../../src/docker/environment/cleanup/cleanup.js';
import { environmentLabels } from '../../src/shared/identity/labels.js';
import { silentLogger } from '../../src/log.js';
import { runEntryInProcess } from '../support/in-process-action.js';

const docker = new Docker();
const ENV = `it-action-tests-${randomBytes(4).toString('hex')}`;
const NETWORK = `${ENV}-net`;

const PASSING = `
exec 3<>/dev/tcp/$INCEPTION_WEB_HOST/8080 || exit 9
echo ping >&3
read -r answer <&3
echo "service said: $answer"
mkdir -p /reports
cat > /reports/junit.xml <<XML
<testsuite name="smoke" tests="2" time="0.3"><testcase classname="smoke" name="talks to web"/><testcase classname="smoke" name="later"><skipped/></testcase></testsuite>
XML
`;

const FAILING = `
getent hosts web || exit 9
mkdir -p /reports
cat > /reports/junit.xml <<XML
<testsuite name="orders" tests="2" failures="1">
<testcase classname="orders.api" name="test_create"/>
<testcase classname="orders.api" name="test_refund"><failure message="refund was not recorded">AssertionError at orders/api.py:88</failure></testcase>
</testsuite>
XML
exit 3
`;

/** The step's GITHUB_WORKSPACE. */
let dir: string;

function runAction(inputs: Record<string, string>, env: Record<string, string> = {}) {
  return runEntryInProcess(runTestsAction, inputs, { GITHUB_WORKSPACE: dir, ...env });
}

const services = JSON.stringify({
  web: {
    container: `${ENV}-web`,
    containerId: '',
    ip: '',
    hostname: 'web',
    hostPorts: {},
    internalUrl: 'http://web:8080',
  },
});

describe('run-tests action (real engine, runner files)', { timeout: 120_000 }, () => {
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'inception-action-tests-'));
    await docker.createNetwork({ Name: NETWORK, Labels: environmentLabels(ENV, 'network') });
    const server = `perl -MIO::Socket::INET -e '$s=IO::Socket::INET->new(LocalPort=>8080,Listen=>5,ReuseAddr=>1) or die; while($c=$s->accept){$l=<$c>; print $c "pong $l"; close $c}'`;
    const web = await docker.createContainer({
      name: `${ENV}-web`,
      Image: 'debian:bookworm-slim',
      Cmd: ['sh', '-c', server],
      Labels: environmentLabels(ENV, 'service'),
      HostConfig: { NetworkMode: NETWORK },
      NetworkingConfig: { EndpointsConfig: { [NETWORK]: { Aliases: ['web'] } } },
    });
    await web.start();
  });

  after(async () => {
    await removeEnvironment(docker, ENV, silentLogger);
    await rm(dir, { recursive: true, force: true });
  });

  it('passes, with outputs, copied reports and a job summary', async () => {
    const run = await runAction(
      {
        image: 'debian:bookworm-slim',
        command: JSON.stringify(['bash', '-c', PASSING]),
        name: `${ENV}-pass`,
      },
      { INCEPTION_ENVIRONMENT: ENV, INCEPTION_NETWORK: NETWORK, INCEPTION_SERVICES: services },
    );
    assert.equal(run.failed, false, run.log);
    assert.equal(run.outputs.result, 'passed');
    assert.equal(run.outputs['exit-code'], '0');
    assert.match(run.outputs.duration ?? '', /^\d+\.\d$/);
    const reports = JSON.parse(run.outputs.reports ?? '[]') as string[];
    assert.deepEqual(reports, [join(dir, 'inception-reports', 'junit.xml')]);
    assert.match(await readFile(reports[0] as string, 'utf8'), /talks to web/);
    assert.match(run.log, /service said: pong ping/);
    assert.match(run.summary, /### ✅ Tests it-action-tests-.*-pass passed in/);
    assert.match(run.summary, /\| 1 \| 0 \| 0 \| 1 \| 2 \| 300ms \|/);
  });

  it('fails with the exit code and the failing test names; finds the network by the environment label', async () => {
    const run = await runAction({
      image: 'debian:bookworm-slim',
      command: `sh -c '${FAILING}'`,
      environment: ENV,
      'reports-dir': 'failing-reports',
    });
    assert.equal(run.failed, true);
    assert.equal(run.outputs.result, 'failed');
    assert.equal(run.outputs['exit-code'], '3');
    assert.deepEqual(JSON.parse(run.outputs.reports ?? ''), [join(dir, 'failing-reports', 'junit.xml')]);
    assert.match(
      run.log,
      /::error::tests failed: the test container exited with code 3 .*\. Failing tests: orders\.api › test_refund/,
    );
    assert.match(run.summary, /### ❌ Tests .* failed with exit code 3/);
    assert.match(run.summary, /- \*\*orders\.api › test\\_refund\*\*: refund was not recorded/);
  });

  it('fails saying it timed out, and leaves no container', async () => {
    const name = `${ENV}-slow`;
    const run = await runAction({
      image: 'debian:bookworm-slim',
      command: 'sleep 100',
      timeout: '2s',
      name,
      environment: ENV,
    });
    assert.equal(run.failed, true);
    assert.equal(run.outputs.result, 'timed-out');
    assert.match(run.log, /::error::tests timed out after 2\.0s \(the timeout\)/);
    assert.match(run.summary, /⏱️ Tests .* timed out after .* \(timeout 2\.0s\)/);
    assert.match(run.summary, /No JUnit report was found \(looked for `\/reports\/\*\.xml`\)/);
    const left = await docker.listContainers({ all: true, filters: { name: [name] } });
    assert.deepEqual(left, []);
  });

  it('cluster mode with a kubeconfig that does not exist is an error naming it', async () => {
    const run = await runAction({ image: 'x', mode: 'cluster', kubeconfig: '/nonexistent/kubeconfig' });
    assert.equal(run.failed, true);
    assert.match(run.log, /::error::.*kubeconfig \/nonexistent\/kubeconfig does not exist/);
  });
});
