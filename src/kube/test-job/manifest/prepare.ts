import type { V1Container, V1Job } from '@kubernetes/client-node';
import { ConfigurationError } from '../../../errors.js';
import { addReportsKeeper, KEEPER_CONTAINER, type ReportsLocation } from './reports-keeper.js';

export interface JobPlacement {
  name?: string;
  namespace: string;
  labels: Record<string, string>;
  deadlineSeconds: number;
  /** The test container's name; the first container when absent. */
  testContainer?: string;
  /** Where the reports are; no keeper is added when absent. */
  reports?: ReportsLocation;
}

export interface PreparedJob {
  job: V1Job;
  testContainer: string;
  keeperContainer?: string;
}

/** How long the keeper waits for the copy after the deadline, should this run's process be gone by then. */
const KEEPER_GRACE_SECONDS = 600;

/**
 * Puts a Job (built or read from the user's file) in our namespace with our labels, as one attempt within
 * the deadline, and adds the reports keeper. Changes and returns the given object.
 */
export function prepareTestJob(job: V1Job, placement: JobPlacement): PreparedJob {
  const pod = job.spec?.template?.spec;
  if (!job.spec || !pod || !pod.containers?.length) {
    throw new ConfigurationError('The Job has no containers (spec.template.spec.containers is empty).');
  }
  const test = findTestContainer(pod.containers, placement.testContainer);
  const metadata = job.metadata ?? {};
  const name = placement.name ?? metadata.name;
  job.metadata = {
    ...metadata,
    name,
    namespace: placement.namespace,
    labels: { ...metadata.labels, ...placement.labels },
  };
  if (!job.metadata.name && !job.metadata.generateName) {
    throw new ConfigurationError('The Job has neither metadata.name nor metadata.generateName.');
  }
  const template = job.spec.template;
  template.metadata = { ...template.metadata, labels: { ...template.metadata?.labels, ...placement.labels } };
  // One run is one attempt: the first time the test container ends decides the result.
  job.spec.backoffLimit = 0;
  const own = job.spec.activeDeadlineSeconds;
  job.spec.activeDeadlineSeconds = own && own < placement.deadlineSeconds ? own : placement.deadlineSeconds;
  if (placement.reports) {
    addReportsKeeper(
      pod,
      test,
      placement.reports.directory,
      job.spec.activeDeadlineSeconds + KEEPER_GRACE_SECONDS,
    );
  }
  return {
    job,
    testContainer: test.name,
    ...(placement.reports ? { keeperContainer: KEEPER_CONTAINER } : {}),
  };
}

function findTestContainer(containers: V1Container[], name: string | undefined): V1Container {
  if (name === undefined) return containers[0] as V1Container;
  const found = containers.find((container) => container.name === name);
  if (!found) {
    throw new ConfigurationError(
      `The Job has no container named "${name}"; its containers are: ${containers.map((c) => c.name).join(', ')}.`,
    );
  }
  return found;
}
