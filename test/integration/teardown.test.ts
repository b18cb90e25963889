import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { loadComposeFile } from '../../src/config/compose/loader.js';
import { removeEnvironment } from '../../src/docker/environment/cleanup/cleanup.js';
import { upEnvironment } from '../../src/docker/environment/up.js';
import { labelFilter } from '../../src/shared/identity/labels.js';
import { MemoryLogger } from '../support/memory-logger.js';
import { BASE_IMAGE, docker, EnvironmentNames, writeCompose } from '../support/docker.js';

const names = new EnvironmentNames();
after(() => names.removeAll());

/** A service that, stopped with SIGTERM, writes "bye" into a host folder before it exits. */
function project(out: string) {
  const script = 'trap "echo bye > /out/bye; exit 0" TERM; echo up; while true; do sleep 0.2; done';
  return loadComposeFile(
    writeCompose(`
services:
  app:
    image: ${BASE_IMAGE}
    command: ["sh", "-c", ${JSON.stringify(script)}]
    stop_grace_period: 20s
    volumes: ["${out}:/out"]
    x-inception: { wait: { log: up } }
`),
  );
}

describe('teardown', () => {
  for (const graceful of [false, true]) {
    test(
      graceful ? 'graceful: each container gets its stop signal first' : 'by default: killed and removed',
      async () => {
        const out = mkdtempSync(path.join(os.tmpdir(), 'inception-teardown-'));
        const name = names.next();
        await upEnvironment({ docker, project: await project(out), name, logger: new MemoryLogger() });
        const report = await removeEnvironment(docker, name, new MemoryLogger(), { graceful });
        assert.deepEqual(report.errors, []);
        assert.equal(report.containers.length, 1);
        if (graceful) assert.equal(readFileSync(path.join(out, 'bye'), 'utf8'), 'bye\n');
        else assert.ok(!existsSync(path.join(out, 'bye')), 'a killed container runs no trap');
        const left = await docker.listContainers({ all: true, filters: JSON.stringify(labelFilter(name)) });
        assert.deepEqual(left, []);
      },
    );
  }
});
