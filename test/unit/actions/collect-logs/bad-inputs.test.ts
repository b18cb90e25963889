import assert from 'node:assert/strict';
import { afterEach, describe, test } from 'node:test';
import { readCollectLogsInputs } from '../../../../src/actions/collect-logs/inputs.js';
import { readCollectLogsKubeInputs } from '../../../../src/actions/collect-logs/kube-inputs.js';
import { HUGE, TEN_THOUSAND_LINES } from '../../../support/bad-input.js';
import { saved, setInputs } from './support.js';

/** collect-logs never fails the job: a bad input is a warning naming it and the default used instead. */
const cases: [inputs: Record<string, string>, warning: RegExp][] = [
  [{ upload: 'maybe' }, /^Input "upload" is "maybe"; write true or false\. Using true\.$/],
  [{ docker: '2' }, /^Input "docker" is "2"; write true or false\. Using true\.$/],
  [
    { 'retention-days': '-1' },
    /^Input "retention-days" is "-1"; write a whole number from 1 .*Using the repository's retention\.$/,
  ],
  [{ 'retention-days': 'week' }, /^Input "retention-days" is "week"; write a whole number/],
  [{ when: 'later' }, /^Input "when" is "later"; write now or job-failure\. Using "now"\.$/],
  [{ kubernetes: 'perhaps' }, /^Input "kubernetes" is "perhaps"; write auto, true or false\. Using auto\.$/],
  [
    { 'artifact-name': 'logs: a/b' },
    /^Input "artifact-name" is "logs: a\/b"; artifact names cannot hold .* Using "logs_ a_b"\.$/,
  ],
  [{ matrix: '{not json' }, /^Input "matrix" is not JSON; write `matrix: \$\{\{ toJSON\(matrix\) \}\}`/],
  [
    { environment: HUGE },
    /^Input "environment" is 1048576 characters long; an input holds at most 65536.* Using the default environment\.$/,
  ],
  [{ path: HUGE }, /^Input "path" is 1048576 characters long.* Using the default path\.$/],
  [{ kubeconfig: HUGE }, /^Input "kubeconfig" is 1048576 characters long.* Using the default\.$/],
  [
    { namespaces: TEN_THOUSAND_LINES },
    /^Input "namespaces" has 10000 items; give at most 1000\. Using the default\.$/,
  ],
];

describe('collect-logs turns each bad input into one warning and goes on with the default', () => {
  afterEach(() => {
    process.env = { ...saved };
  });
  for (const [inputs, warning] of cases) {
    test(Object.keys(inputs).join(', '), () => {
      setInputs(inputs);
      const env = { HOME: '/nonexistent' };
      const problems = [...readCollectLogsInputs(env).problems, ...readCollectLogsKubeInputs(env).problems];
      assert.equal(problems.length, 1, problems.join('\n'));
      assert.match(problems[0] as string, warning);
      assert.ok((problems[0] as string).length < 1000);
    });
  }
});
