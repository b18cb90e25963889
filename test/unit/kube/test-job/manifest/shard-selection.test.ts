import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildTestJob } from '../../../../../src/kube/test-job/manifest/manifest.js';
import { prepareTestJob } from '../../../../../src/kube/test-job/manifest/prepare.js';
import {
  applySelection,
  selectionConfigMap,
  shardWrapper,
} from '../../../../../src/kube/test-job/manifest/shard-selection.js';
import { parsePlan } from '../../../../../src/shard/plan/plan-input.js';
import { ConfigurationError } from '../../../../../src/errors.js';

const plan = parsePlan(
  '{"of": 2, "shards": [{"shard": 1, "files": ["a.py"]}, {"shard": 2, "files": ["b.py", "c.py"]}]}',
  'plan',
);

function prepared(spec: { command?: string[]; args?: string[]; env?: Record<string, string> }) {
  return prepareTestJob(buildTestJob({ image: 'tests:1', ...spec }), {
    name: 'tests-1',
    namespace: 'ns',
    labels: { 'io.inception.managed': 'true' },
    deadlineSeconds: 60,
    reports: { pattern: '/reports/*.xml', directory: '/reports' },
  });
}

describe('applySelection', () => {
  it("gives one pod its shard's variables, the list from the ConfigMap and the files after its args", () => {
    const job = prepared({ command: ['pytest'], args: ['-x'], env: { INCEPTION_SHARD: 'mine' } });
    applySelection(job, { selection: { shard: 2, of: 2, files: ['b.py', 'c.py'] }, appendFiles: true }, 'cm');
    const test = job.job.spec?.template?.spec?.containers[0];
    assert.deepEqual(test?.args, ['-x', 'b.py', 'c.py']);
    assert.deepEqual(test?.command, ['pytest']);
    assert.deepEqual(
      test?.env?.map((variable) => [variable.name, variable.value]),
      [
        ['INCEPTION_SHARD_COUNT', '2'],
        ['INCEPTION_SHARD_FILES', 'b.py c.py'],
        ['INCEPTION_SHARD_FILES_PATH', '/inception-shard/files.txt'],
        ['INCEPTION_SHARD', 'mine'],
      ],
    );
    assert.deepEqual(test?.volumeMounts?.at(-1), {
      name: 'inception-shard',
      mountPath: '/inception-shard',
      readOnly: true,
    });
    const configMap = selectionConfigMap({ selection: { files: ['b.py', 'c.py'] } }, 'cm', job.job);
    assert.deepEqual(configMap?.data, { 'files.txt': 'b.py\nc.py\n' });
    assert.equal(configMap?.metadata?.ownerReferences?.[0]?.kind, 'Job');
  });

  it('appends to the command when there are no args', () => {
    const job = prepared({ command: ['npx', 'jest'] });
    applySelection(job, { selection: { files: ['a.test.ts'], rerun: true }, appendFiles: true }, 'cm');
    assert.deepEqual(job.job.spec?.template?.spec?.containers[0]?.command, ['npx', 'jest', 'a.test.ts']);
  });

  it('makes an Indexed Job that fails by index and wraps the command', () => {
    const job = prepared({ command: ['pytest'], args: ['-x'] });
    applySelection(job, { indexed: { shards: 2, parallelism: 1, plan }, appendFiles: true }, 'cm');
    const spec = job.job.spec;
    assert.equal(spec?.completionMode, 'Indexed');
    assert.equal(spec?.completions, 2);
    assert.equal(spec?.parallelism, 1);
    assert.equal(spec?.backoffLimitPerIndex, 0);
    assert.equal(spec?.backoffLimit, undefined);
    const test = spec?.template?.spec?.containers[0];
    assert.deepEqual(test?.command?.slice(0, 2), ['/bin/sh', '-c']);
    assert.deepEqual(test?.command?.slice(3), ['inception-shard', 'pytest', '-x']);
    assert.equal(test?.args, undefined);
    assert.match(test?.command?.[2] ?? '', /set -- "\$@" "\$line"/);
    const configMap = selectionConfigMap({ indexed: { shards: 2, parallelism: 2, plan } }, 'cm', job.job);
    assert.deepEqual(configMap?.data, { 'shard-1.txt': 'a.py\n', 'shard-2.txt': 'b.py\nc.py\n' });
  });

  it('needs no ConfigMap for an Indexed Job without a plan, and refuses a container without a command', () => {
    assert.equal(
      selectionConfigMap({ indexed: { shards: 2, parallelism: 2 } }, 'cm', prepared({}).job),
      undefined,
    );
    assert.doesNotMatch(shardWrapper(false, false), /INCEPTION_SHARD_FILES/);
    assert.throws(
      () => applySelection(prepared({ args: ['-x'] }), { indexed: { shards: 2, parallelism: 2 } }, 'cm'),
      (error: unknown) => error instanceof ConfigurationError && /give "command"/.test(error.message),
    );
  });
});
