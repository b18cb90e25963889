import type { V1Container, V1PodSpec } from '@kubernetes/client-node';
import { posix } from 'node:path';
import { ConfigurationError } from '../../../errors.js';
import { hasGlob } from '../../../shared/files/glob.js';

export const KEEPER_CONTAINER = 'inception-reports';
export const REPORTS_VOLUME = 'inception-reports';
/** Created in the reports folder once the reports are copied; the keeper then exits and the pod completes. */
export const COLLECTED_MARKER = '.inception-collected';

/** Where the reports are looked for: the pattern made absolute, and the folder shared with the keeper. */
export interface ReportsLocation {
  pattern: string;
  directory: string;
}

/**
 * The folder a reports pattern lives in: everything before the first glob segment (`/reports/**\/*.xml` ->
 * `/reports`); a plain path names a file when its last segment has an extension, else a folder.
 */
export function reportsLocation(reports: string, workingDir?: string): ReportsLocation {
  if (!posix.isAbsolute(reports) && !workingDir) {
    throw new ConfigurationError(
      `reports "${reports}" is relative and no working directory is set; give an absolute path in the test container, e.g. /reports/*.xml.`,
    );
  }
  const pattern = posix.normalize(
    posix.isAbsolute(reports) ? reports : posix.join(workingDir ?? '/', reports),
  );
  const segments = pattern.split('/');
  const firstGlob = segments.findIndex(hasGlob);
  let directory: string;
  if (firstGlob !== -1) directory = segments.slice(0, firstGlob).join('/');
  else if (pattern.endsWith('/') || posix.extname(pattern) === '') directory = pattern;
  else directory = posix.dirname(pattern);
  directory = directory.replace(/\/+$/, '');
  if (directory === '') {
    throw new ConfigurationError(
      `reports "${reports}" would share the container's root folder; write the reports into a folder of their own, e.g. /reports/*.xml.`,
    );
  }
  return { pattern, directory };
}

/**
 * Gives the pod a keeper container that shares the reports folder with the test container and waits, up to
 * `maxWaitSeconds`, for the marker: the reports stay readable after the test container exits. The test
 * container's own volume at that folder is shared when it has one, else an emptyDir is added.
 */
export function addReportsKeeper(
  pod: V1PodSpec,
  testContainer: V1Container,
  directory: string,
  maxWaitSeconds: number,
): void {
  if ([...pod.containers, ...(pod.initContainers ?? [])].some((c) => c.name === KEEPER_CONTAINER)) {
    throw new ConfigurationError(
      `The Job already has a container named "${KEEPER_CONTAINER}"; that name is reserved for the reports keeper.`,
    );
  }
  const own = testContainer.volumeMounts?.find(
    (mount) => posix.normalize(mount.mountPath).replace(/(.)\/+$/, '$1') === directory,
  );
  let volume = own?.name;
  if (!volume) {
    volume = REPORTS_VOLUME;
    if (pod.volumes?.some((v) => v.name === volume)) {
      throw new ConfigurationError(
        `The Job already has a volume named "${REPORTS_VOLUME}"; that name is reserved for the reports folder.`,
      );
    }
    pod.volumes = [...(pod.volumes ?? []), { name: volume, emptyDir: {} }];
    testContainer.volumeMounts = [
      ...(testContainer.volumeMounts ?? []),
      { name: volume, mountPath: directory },
    ];
  }
  pod.containers.push({
    name: KEEPER_CONTAINER,
    image: testContainer.image,
    ...(testContainer.imagePullPolicy ? { imagePullPolicy: testContainer.imagePullPolicy } : {}),
    command: [
      'sh',
      '-c',
      'i=0; until [ -f "$1/$2" ] || [ "$i" -ge "$3" ]; do sleep 1; i=$((i+1)); done',
      'keeper',
      directory,
      COLLECTED_MARKER,
      String(maxWaitSeconds),
    ],
    volumeMounts: [{ name: volume, mountPath: directory }],
    // Same user and restrictions as the tests: it can read their files and passes the same admission checks.
    ...(testContainer.securityContext ? { securityContext: testContainer.securityContext } : {}),
    resources: { requests: { cpu: '10m', memory: '16Mi' }, limits: { cpu: '100m', memory: '64Mi' } },
  });
}
