import type { V1Container, V1EnvFromSource, V1Job } from '@kubernetes/client-node';
import { ConfigurationError } from '../../../errors.js';
import type { EnvSource, TestJobSpec } from '../options.js';

export const TEST_CONTAINER = 'tests';

/**
 * The Job for a test image given field by field: one attempt (backoffLimit 0, restartPolicy Never), kept
 * after it finishes (no ttlSecondsAfterFinished) so its pod can be inspected. Name, namespace, labels,
 * deadline and the reports keeper are added by `prepareTestJob`.
 */
export function buildTestJob(spec: TestJobSpec): V1Job {
  if (!spec.image) throw new ConfigurationError('No test image: give an image or a Job manifest file.');
  const env = Object.entries(spec.env ?? {}).map(([name, value]) => ({ name, value }));
  const envFrom = (spec.envFrom ?? []).map(envFromSource);
  const container: V1Container = {
    name: TEST_CONTAINER,
    image: spec.image,
    ...(spec.command?.length ? { command: spec.command } : {}),
    ...(spec.args?.length ? { args: spec.args } : {}),
    ...(env.length ? { env } : {}),
    ...(envFrom.length ? { envFrom } : {}),
    // A manifest holds only the fields that are set: it is what `describe` and a person read back.
    ...(spec.resources ? { resources: spec.resources } : {}),
    ...(spec.workingDir ? { workingDir: spec.workingDir } : {}),
  };
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: {},
    spec: {
      backoffLimit: 0,
      template: {
        metadata: {},
        spec: {
          restartPolicy: 'Never',
          ...(spec.serviceAccount ? { serviceAccountName: spec.serviceAccount } : {}),
          ...(spec.nodeSelector && Object.keys(spec.nodeSelector).length
            ? { nodeSelector: spec.nodeSelector }
            : {}),
          containers: [container],
        },
      },
    },
  };
}

function envFromSource(source: EnvSource): V1EnvFromSource {
  return source.kind === 'secret'
    ? { secretRef: { name: source.name } }
    : { configMapRef: { name: source.name } };
}
