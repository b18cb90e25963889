import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { LABEL_ENVIRONMENT, LABEL_SERVICE, labelFilter } from '../../src/shared/identity/labels.js';
import { startCli } from '../support/cli-process.js';
import {
  apiAndWebCompose,
  BASE_IMAGE,
  docker,
  EnvironmentNames,
  resourcesLabelled,
} from '../support/docker.js';

const names = new EnvironmentNames();
after(() => names.removeAll());
const folder = mkdtempSync(path.join(os.tmpdir(), 'inception-watch-'));

function write(file: string, text: string): void {
  mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
  writeFileSync(path.join(folder, file), text);
}

/** api is built from api/ and says its version; web is a plain image; worker restarts with api (depends_on
 * restart: true); the tests are built from tests/. */
write('api/Dockerfile', 'FROM debian:bookworm-slim\nCOPY version /version\n');
write('api/version', 'v1\n');
write('tests/Dockerfile', 'FROM debian:bookworm-slim\nCOPY check.sh /check.sh\nCMD ["bash", "/check.sh"]\n');
write('tests/check.sh', 'echo "check one"\n');
write(
  'compose.yml',
  `${apiAndWebCompose('api')}  worker:
    image: ${BASE_IMAGE}
    command: ['bash', '-c', 'echo ready; trap "exit 0" TERM; sleep infinity & wait']
    depends_on:
      api: { condition: service_started, restart: true }
    x-inception: { wait: { log: ready }, timeout: 60s }
`,
);
write(
  'inception.yml',
  `compose: compose.yml
images:
  - { name: watch-tests, context: tests }
tests:
  image: watch-tests
`,
);

async function serviceContainers(environment: string): Promise<Record<string, string>> {
  const containers = await docker.listContainers({
    all: true,
    filters: JSON.stringify(labelFilter(environment)),
  });
  return Object.fromEntries(
    containers
      .filter((info) => ['api', 'web', 'worker'].includes(info.Labels[LABEL_SERVICE] ?? ''))
      .map((info) => [info.Labels[LABEL_SERVICE], info.Id]),
  );
}

/** `pattern` seen `times` times in `text`. */
const times = (pattern: string, count: number) => new RegExp(`(${pattern}[\\s\\S]*){${count}}`);

describe('inception test --watch: the tests again on every change', () => {
  test('a test file changed: a re-run; a service’s source changed: that service replaced first; SIGINT: nothing left', async () => {
    const environment = names.next('cli-watch');
    const cli = startCli(['test', '--name', environment, '--watch', 'tests', '--watch', 'api'], {
      cwd: folder,
    });
    try {
      await cli.waitFor(/check one/, 180_000);
      await cli.waitFor(times('watching tests, api', 1));
      const first = await serviceContainers(environment);
      assert.deepEqual(Object.keys(first).sort(), ['api', 'web', 'worker'], cli.output());

      write('tests/check.sh', 'echo "check two"\n');
      await cli.waitFor(/check two/, 180_000);
      await cli.waitFor(times('watching tests, api', 2));
      assert.doesNotMatch(cli.output(), /refreshing/);
      assert.deepEqual(
        await serviceContainers(environment),
        first,
        'a test file changed: services untouched',
      );

      write('api/version', 'v2\n');
      await cli.waitFor(/refreshing api: their build context changed/, 60_000);
      await cli.waitFor(times('watching tests, api', 3), 180_000);
      const third = await serviceContainers(environment);
      assert.notEqual(third.api, first.api, 'api replaced');
      assert.match(cli.output(), /worker: restarted too, their depends_on says restart: true/);
      assert.notEqual(third.worker, first.worker, 'worker restarted with api');
      assert.equal(third.web, first.web, 'web kept running');
      assert.match(cli.output(), times('check two', 2));
    } finally {
      cli.child.kill('SIGINT');
    }
    const { code } = await cli.exited;
    assert.equal(code, 130, cli.output());
    assert.deepEqual(await resourcesLabelled(`${LABEL_ENVIRONMENT}=${environment}`), {
      containers: [],
      networks: [],
      volumes: [],
    });
  });
});
