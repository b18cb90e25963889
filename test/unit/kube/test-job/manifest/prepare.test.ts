import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { V1Job, V1PodSpec } from '@kubernetes/client-node';
import { buildTestJob } from '../../../../../src/kube/test-job/manifest/manifest.js';
import { parseJobManifest } from '../../../../../src/kube/test-job/manifest/manifest-file.js';
import { prepareTestJob, type JobPlacement } from '../../../../../src/kube/test-job/manifest/prepare.js';
import { reportsLocation } from '../../../../../src/kube/test-job/manifest/reports-keeper.js';
import { LABELS, PLACEMENT, USER_JOB } from '../support.js';

const KEEPER_COMMAND = [
  'sh',
  '-c',
  'i=0; until [ -f "$1/$2" ] || [ "$i" -ge "$3" ]; do sleep 1; i=$((i+1)); done',
  'keeper',
  '/reports',
  '.inception-collected',
  '1200',
];
const KEEPER_RESOURCES = {
  requests: { cpu: '10m', memory: '16Mi' },
  limits: { cpu: '100m', memory: '64Mi' },
};

/** The Job prepareTestJob makes in PLACEMENT: its name, namespace and labels, one attempt, the deadline. */
function placedJob(activeDeadlineSeconds: number, pod: V1PodSpec): V1Job {
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { name: 'inception-tests-abc123', namespace: 'inception-ci-42-1-abc123', labels: LABELS },
    spec: {
      backoffLimit: 0,
      activeDeadlineSeconds,
      template: { metadata: { labels: LABELS }, spec: pod },
    },
  };
}

describe('buildTestJob + prepareTestJob', () => {
  const cases: {
    title: string;
    spec: Parameters<typeof buildTestJob>[0];
    placement?: Partial<JobPlacement>;
    job: V1Job;
  }[] = [
    {
      title: 'an image alone: one attempt, no TTL, the deadline, our labels, a keeper sharing /reports',
      spec: { image: 'shop-tests:run-1' },
      job: placedJob(600, {
        restartPolicy: 'Never',
        containers: [
          {
            name: 'tests',
            image: 'shop-tests:run-1',
            volumeMounts: [{ name: 'inception-reports', mountPath: '/reports' }],
          },
          {
            name: 'inception-reports',
            image: 'shop-tests:run-1',
            command: KEEPER_COMMAND,
            volumeMounts: [{ name: 'inception-reports', mountPath: '/reports' }],
            resources: KEEPER_RESOURCES,
          },
        ],
        volumes: [{ name: 'inception-reports', emptyDir: {} }],
      }),
    },
    {
      title: 'every field, reports off: no keeper and no volume',
      spec: {
        image: 'shop-tests:run-1',
        command: ['pytest'],
        args: ['-x', 'tests/api'],
        env: { API_URL: 'http://api.shop:8080', EMPTY: '' },
        envFrom: [
          { kind: 'secret', name: 'db-credentials' },
          { kind: 'configmap', name: 'test-settings' },
        ],
        serviceAccount: 'tests',
        resources: { requests: { cpu: '500m' }, limits: { memory: '1Gi' } },
        nodeSelector: { 'node.type': 'services' },
        workingDir: '/app',
      },
      placement: { reports: undefined, deadlineSeconds: 90 },
      job: placedJob(90, {
        restartPolicy: 'Never',
        serviceAccountName: 'tests',
        nodeSelector: { 'node.type': 'services' },
        containers: [
          {
            name: 'tests',
            image: 'shop-tests:run-1',
            command: ['pytest'],
            args: ['-x', 'tests/api'],
            env: [
              { name: 'API_URL', value: 'http://api.shop:8080' },
              { name: 'EMPTY', value: '' },
            ],
            envFrom: [{ secretRef: { name: 'db-credentials' } }, { configMapRef: { name: 'test-settings' } }],
            resources: { requests: { cpu: '500m' }, limits: { memory: '1Gi' } },
            workingDir: '/app',
          },
        ],
      }),
    },
  ];
  for (const { title, spec, placement, job } of cases) {
    it(title, () => {
      const prepared = prepareTestJob(buildTestJob(spec), { ...PLACEMENT, ...placement });
      assert.deepEqual(prepared.job, job);
      assert.equal(prepared.testContainer, 'tests');
      assert.equal(
        prepared.keeperContainer,
        placement && 'reports' in placement ? undefined : 'inception-reports',
      );
    });
  }
});

describe('a user Job manifest', () => {
  it('moves it into our namespace with our labels, one attempt, the shorter deadline, and shares its own reports volume', () => {
    const prepared = prepareTestJob(parseJobManifest(USER_JOB, 'e2e.yaml'), {
      namespace: 'inception-ci-1',
      labels: LABELS,
      deadlineSeconds: 600,
      testContainer: 'e2e',
      reports: reportsLocation('/out/junit/*.xml'),
    });
    const { job } = prepared;
    assert.equal(prepared.testContainer, 'e2e');
    assert.deepEqual(job.metadata, {
      name: 'e2e',
      namespace: 'inception-ci-1',
      labels: { team: 'shop', ...LABELS },
    });
    assert.equal(job.spec?.backoffLimit, 0);
    assert.equal(job.spec?.activeDeadlineSeconds, 120);
    const pod = job.spec?.template.spec;
    assert.deepEqual(job.spec?.template.metadata?.labels, { app: 'e2e', ...LABELS });
    assert.equal(pod?.restartPolicy, 'OnFailure');
    assert.deepEqual(pod?.volumes, [{ name: 'out', emptyDir: { medium: 'Memory' } }]);
    const keeper = pod?.containers[2];
    assert.equal(keeper?.name, 'inception-reports');
    assert.equal(keeper?.image, 'shop-e2e:run-7');
    assert.deepEqual(keeper?.volumeMounts, [{ name: 'out', mountPath: '/out/junit' }]);
    assert.deepEqual(keeper?.securityContext, { runAsNonRoot: true, allowPrivilegeEscalation: false });
    assert.deepEqual(keeper?.command?.slice(4), ['/out/junit', '.inception-collected', '720']);
  });

  it('takes the first container by default and keeps a deadline shorter than its own', () => {
    const prepared = prepareTestJob(parseJobManifest(USER_JOB, 'e2e.yaml'), {
      namespace: 'n',
      labels: LABELS,
      deadlineSeconds: 60,
    });
    assert.equal(prepared.testContainer, 'proxy');
    assert.equal(prepared.job.spec?.activeDeadlineSeconds, 60);
    assert.equal(prepared.job.spec?.template.spec?.containers.length, 2);
  });

  const badPlacements: [string, Partial<JobPlacement>, RegExp][] = [
    [
      'an unknown test container',
      { testContainer: 'nope' },
      /no container named "nope"; its containers are: proxy, e2e/,
    ],
  ];
  for (const [title, placement, message] of badPlacements) {
    it(`refuses ${title}`, () => {
      const job = parseJobManifest(USER_JOB, 'e2e.yaml');
      assert.throws(() => prepareTestJob(job, { ...PLACEMENT, ...placement }), message);
    });
  }

  it('refuses containerless Jobs', () => {
    const job = parseJobManifest(
      'apiVersion: batch/v1\nkind: Job\nmetadata: {name: x}\nspec: {template: {spec: {containers: []}}}',
      'j',
    );
    assert.throws(() => prepareTestJob(job, PLACEMENT), /has no containers/);
  });
});
