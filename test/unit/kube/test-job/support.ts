import type { JobPlacement } from '../../../../src/kube/test-job/manifest/prepare.js';
import { testJobLabels } from '../../../../src/kube/test-job/manifest/labels.js';

export const LABELS = testJobLabels('ci-42-1');
export const PLACEMENT: JobPlacement = {
  name: 'inception-tests-abc123',
  namespace: 'inception-ci-42-1-abc123',
  labels: LABELS,
  deadlineSeconds: 600,
  reports: { pattern: '/reports/*.xml', directory: '/reports' },
};

export const USER_JOB = `
apiVersion: v1
kind: ConfigMap
metadata: { name: ignored }
---
apiVersion: batch/v1
kind: Job
metadata:
  name: e2e
  namespace: somewhere-else
  labels: { team: shop }
spec:
  backoffLimit: 4
  activeDeadlineSeconds: 120
  template:
    metadata:
      labels: { app: e2e }
    spec:
      restartPolicy: OnFailure
      securityContext: { runAsUser: 1000 }
      containers:
        - name: proxy
          image: envoy:v1
        - name: e2e
          image: shop-e2e:run-7
          securityContext: { runAsNonRoot: true, allowPrivilegeEscalation: false }
          volumeMounts:
            - { name: out, mountPath: /out/junit/ }
      volumes:
        - { name: out, emptyDir: { medium: Memory } }
`;
