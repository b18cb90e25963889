import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ComposeProject, ServiceSpec } from '../../../../../src/config/compose/model.js';
import { planServices } from '../../../../../src/docker/environment/start/service-plan.js';
import { ConfigurationError } from '../../../../../src/errors.js';
import { composeProject, serviceSpec } from '../../../../support/service-spec.js';

const project = (services: ServiceSpec[]): ComposeProject => composeProject(services);

test('a service others wait to complete waits for its own exit 0', () => {
  const [migrate, app] = planServices(
    project([
      serviceSpec('migrate'),
      serviceSpec('app', { dependsOn: { migrate: 'service_completed_successfully' } }),
    ]),
  );
  assert.deepEqual(migrate!.wait, { kind: 'exit', code: 0 });
  assert.deepEqual(app!.wait, { kind: 'started' });
});

test('an explicit wait on a one-shot is kept', () => {
  const [migrate] = planServices(
    project([
      serviceSpec('migrate', { wait: { kind: 'log', pattern: 'done', times: 1 } }),
      serviceSpec('app', { dependsOn: { migrate: 'service_completed_successfully' } }),
    ]),
  );
  assert.equal(migrate!.wait.kind, 'log');
});

test('overrides replace the file wait; the timeout input replaces every deadline', () => {
  const [api] = planServices(project([serviceSpec('api')]), { api: { kind: 'tcp', port: 80 } }, 5000);
  assert.deepEqual(api!.wait, { kind: 'tcp', port: 80 });
  assert.equal(api!.startTimeoutMs, 5000);
});

test('an override naming an unknown service is a configuration error listing the services', () => {
  assert.throws(
    () => planServices(project([serviceSpec('api')]), { apy: { kind: 'started' } }),
    (error: unknown) => error instanceof ConfigurationError && /"apy".*services are: api/.test(error.message),
  );
});

test('waiting for health without a health check is a configuration error', () => {
  assert.throws(
    () => planServices(project([serviceSpec('db', { wait: { kind: 'healthy' } })])),
    /db.*has none/,
  );
});
