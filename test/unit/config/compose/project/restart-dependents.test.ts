import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { restartDependents } from '../../../../../src/config/compose/project/restart-dependents.js';
import { serviceSpec } from '../../../../support/service-spec.js';

describe('restartDependents', () => {
  const services = [
    serviceSpec('db'),
    serviceSpec('api', { dependsOn: { db: 'service_started' }, restartsWith: ['db'] }),
    serviceSpec('worker', { dependsOn: { api: 'service_started' }, restartsWith: ['api'] }),
    serviceSpec('report', { dependsOn: { db: 'service_started' } }),
  ];
  const cases: [string[], string[]][] = [
    [['db'], ['api', 'worker']],
    [['api'], ['worker']],
    [['worker'], []],
    [['report'], []],
    [['db', 'api'], ['worker']],
  ];
  for (const [restarted, expected] of cases)
    it(`restarting ${restarted.join(', ')} restarts ${expected.join(', ') || 'nothing else'}`, () =>
      assert.deepEqual(restartDependents(services, restarted), expected));
});
