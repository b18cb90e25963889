import assert from 'node:assert/strict';
import { afterEach, describe, test } from 'node:test';
import {
  readCollectLogsInputs,
  type CollectLogsInputs,
} from '../../../../src/actions/collect-logs/inputs.js';
import { saved, setInputs } from './support.js';

const defaults: CollectLogsInputs = {
  environment: undefined,
  path: undefined,
  artifactName: undefined,
  upload: true,
  retentionDays: undefined,
  matrix: undefined,
  docker: true,
  when: 'now',
};

describe('readCollectLogsInputs', () => {
  afterEach(() => {
    process.env = { ...saved };
  });

  const cases: Array<{
    name: string;
    inputs: Record<string, string>;
    env?: Record<string, string>;
    expected: Partial<CollectLogsInputs>;
    problems?: RegExp[];
  }> = [
    { name: 'all defaults', inputs: {}, expected: {} },
    {
      name: 'every input given',
      inputs: {
        environment: 'it-1',
        path: '/tmp/out',
        'artifact-name': 'my-logs',
        upload: 'false',
        'retention-days': '3',
        matrix: '{"shard":1}',
        docker: 'no',
        when: 'job-failure',
      },
      expected: {
        environment: 'it-1',
        path: '/tmp/out',
        artifactName: 'my-logs',
        upload: false,
        retentionDays: 3,
        matrix: '{"shard":1}',
        docker: false,
        when: 'job-failure',
      },
    },
    {
      name: 'environment from setup-docker',
      inputs: {},
      env: { INCEPTION_ENVIRONMENT: 'from-env' },
      expected: { environment: 'from-env' },
    },
    {
      name: 'input beats the variable',
      inputs: { environment: 'mine' },
      env: { INCEPTION_ENVIRONMENT: 'from-env' },
      expected: { environment: 'mine' },
    },
    {
      name: 'invalid values fall back to defaults with a clear problem each',
      inputs: { upload: 'maybe', 'retention-days': 'week', docker: '2', when: 'later' },
      expected: {},
      problems: [
        /Input "upload" is "maybe"; write true or false\. Using true\./,
        /Input "retention-days" is "week"/,
        /Input "docker"/,
        /Input "when" is "later"; write now or job-failure\. Using "now"\./,
      ],
    },
    {
      name: 'retention of 0 days is not a retention',
      inputs: { 'retention-days': '0' },
      expected: {},
      problems: [
        /Input "retention-days" is "0"; write a whole number from 1 to \d+, e\.g\. retention-days: 1\. Using the repository's retention\./,
      ],
    },
    {
      name: 'artifact name with forbidden characters is cleaned',
      inputs: { 'artifact-name': 'logs: a/b' },
      expected: { artifactName: 'logs_ a_b' },
      problems: [/Input "artifact-name" is "logs: a\/b".*Using "logs_ a_b"/],
    },
    {
      name: 'matrix that is not JSON is kept with a hint',
      inputs: { matrix: 'linux' },
      expected: { matrix: 'linux' },
      problems: [/toJSON\(matrix\)/],
    },
  ];
  for (const c of cases) {
    test(c.name, () => {
      delete process.env.INCEPTION_ENVIRONMENT;
      Object.assign(process.env, c.env ?? {});
      setInputs(c.inputs);
      const { inputs, problems } = readCollectLogsInputs();
      assert.deepEqual(inputs, { ...defaults, ...c.expected });
      assert.equal(problems.length, c.problems?.length ?? 0, problems.join('\n'));
      c.problems?.forEach((pattern, index) => assert.match(problems[index] as string, pattern));
    });
  }
});
