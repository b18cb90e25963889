import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { V1Deployment, V1Job } from '@kubernetes/client-node';
import { describeDeployment, describeJob } from '../../../../../src/diagnostics/kube/describe/workloads.js';
import { at } from './support.js';

describe('describeJob and describeDeployment', () => {
  test('Job: pod counts, limits, template, conditions', () => {
    const job: V1Job = {
      metadata: { name: 'tests', namespace: 'ci' },
      spec: {
        backoffLimit: 0,
        parallelism: 1,
        template: { spec: { containers: [{ name: 'tests', image: 'img:1' }] } },
      },
      status: {
        failed: 1,
        startTime: at('2024-05-01T10:00:00Z'),
        conditions: [
          {
            type: 'Failed',
            status: 'True',
            reason: 'BackoffLimitExceeded',
            lastTransitionTime: at('2024-05-01T10:00:05Z'),
          },
        ],
      },
    };
    const text = describeJob(job, [], [{ kind: 'Job', name: 'tests' }]);
    assert.match(text, /^Backoff Limit:\s+0$/m);
    assert.match(text, /^Completions:\s+<unset>$/m);
    assert.match(text, /^Pods Statuses:\s+0 Active \/ 0 Succeeded \/ 1 Failed$/m);
    assert.match(text, /^Pod Template:\n[\s\S]*^ {2}Containers:\n {4}tests:\n {6}Image:\s+img:1$/m);
    assert.match(text, /^ {2}Failed\s+True\s+BackoffLimitExceeded\s+2024-05-01T10:00:05Z$/m);
    assert.doesNotMatch(text, /Owner Chain/);
  });

  test('Deployment: replica counts and ReplicaSets', () => {
    const deployment: V1Deployment = {
      metadata: { name: 'api', namespace: 'ci' },
      spec: {
        replicas: 2,
        selector: { matchLabels: { app: 'api' } },
        template: {},
        strategy: { type: 'RollingUpdate' },
      },
      status: { replicas: 2, updatedReplicas: 2, availableReplicas: 1, unavailableReplicas: 1 },
    };
    const text = describeDeployment(deployment, [], ['api-7d9 (1/2 ready)']);
    assert.match(text, /^Selector:\s+app=api$/m);
    assert.match(text, /^Replicas:\s+2 desired \| 2 updated \| 2 total \| 1 available \| 1 unavailable$/m);
    assert.match(text, /^ReplicaSets:\s+api-7d9 \(1\/2 ready\)$/m);
  });
});
