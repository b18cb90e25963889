import { randomBytes } from 'node:crypto';
import { LABEL_MANAGED, LABEL_ROLE, LABEL_RUN } from '../../../shared/identity/labels.js';
import { DEFAULT_JOB_NAME } from '../options.js';

/** A label value: at most 63 characters of [A-Za-z0-9._-], starting and ending with a letter or digit. */
export function labelValue(text: string): string {
  return text
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .slice(0, 63)
    .replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '');
}

/** The run a test Job belongs to: this job's attempt on GitHub (`<job>-<run id>-<attempt>`), else `local`.
 * run-tests labels what it creates with it; collect-logs finds this run's namespaces by it. */
export function testRunName(env: Record<string, string | undefined> = process.env): string {
  const parts = [env.GITHUB_JOB, env.GITHUB_RUN_ID, env.GITHUB_RUN_ATTEMPT].filter((part) => part);
  return parts.length > 0 ? parts.join('-') : 'local';
}

/** Selects what run-tests created for `run`, and nothing any other run did. */
export function testRunSelector(run: string): string {
  return `${LABEL_MANAGED}=true,${LABEL_RUN}=${labelValue(run)}`;
}

/** The labels collect-logs and cleanup find a test run's namespace, Job and pod by. */
export function testJobLabels(
  run: string | undefined,
  extra: Record<string, string> = {},
): Record<string, string> {
  const runValue = run ? labelValue(run) : '';
  return {
    ...extra,
    [LABEL_MANAGED]: 'true',
    [LABEL_ROLE]: 'test',
    ...(runValue ? { [LABEL_RUN]: runValue } : {}),
  };
}

export function defaultJobName(random = randomBytes(3).toString('hex')): string {
  return `${DEFAULT_JOB_NAME}-${random}`;
}
