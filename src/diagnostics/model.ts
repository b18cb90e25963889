import type { ContainerState } from './docker/index.js';
import type { TimelineLane } from './timeline/index.js';

export interface ContainerDiagnostics {
  name: string;
  id: string;
  /** The io.inception.service label. */
  service?: string;
  image?: string;
  state: ContainerState;
  /** Last log messages, without timestamps. */
  lastLines: string[];
  /** Folder of this container's files, relative to the bundle root. */
  dir: string;
  /** Files written, relative to the bundle root. */
  files: string[];
  /** What could not be collected; each also logged as a warning. */
  errors: string[];
}

export interface DockerDiagnostics {
  environment?: string;
  /** Absolute path of the bundle folder. */
  outDir: string;
  collectedAt: string;
  /** Failed containers first, in the order they failed; then the others by name. */
  containers: ContainerDiagnostics[];
  firstFailure?: ContainerDiagnostics;
  /** Each container's phases from the engine's events, for the timeline. */
  timeline: TimelineLane[];
  /** Every file written, relative to `outDir`. */
  files: string[];
  /** Every problem met while collecting (per-container ones included). */
  errors: string[];
}

export type KubeFailureKind =
  | 'failed'
  | 'exited'
  | 'oom-killed'
  | 'crash-loop'
  | 'image-pull'
  | 'container-error'
  | 'unschedulable'
  | 'job-failed';

export interface KubeFailure {
  kind: KubeFailureKind;
  /** RFC 3339; undefined when neither the status nor an event says. */
  at?: string;
  /** "container app exited with 3", "ImagePullBackOff: Back-off pulling image …" */
  description: string;
  container?: string;
  /** The failure shows in the container's previous run (it restarted since), so its previous log tells why. */
  previous?: boolean;
}

/** One link of an owner chain, the object itself first: Pod -> ReplicaSet -> Deployment. */
export interface KubeOwnerLink {
  kind: string;
  name: string;
}

export interface KubeContainerDiagnostics {
  name: string;
  init: boolean;
  image?: string;
  /** "running", "terminated (Error, exit 3)", "waiting (ImagePullBackOff)" … */
  state: string;
  exitCode?: number;
  restartCount: number;
  /** Log files written, relative to the bundle root. */
  files: string[];
  lastLines: string[];
  previousLastLines: string[];
  /** Why no log was read: the container never started. */
  noLog?: string;
  /** Why the previous run's log is missing although the container restarted. */
  noPreviousLog?: string;
}

export interface KubePodDiagnostics {
  namespace: string;
  name: string;
  phase?: string;
  node?: string;
  owners: KubeOwnerLink[];
  containers: KubeContainerDiagnostics[];
  failure?: KubeFailure;
  dir: string;
  files: string[];
  errors: string[];
}

export interface KubeJobDiagnostics {
  namespace: string;
  name: string;
  owners: KubeOwnerLink[];
  /** "1 failed, 0 succeeded, 0 active" */
  status: string;
  failure?: KubeFailure;
  file?: string;
}

export interface KubeFailedObject {
  kind: 'Pod' | 'Job';
  namespace: string;
  name: string;
  owners: KubeOwnerLink[];
  failure: KubeFailure;
}

export interface KubeDiagnostics {
  context: string;
  namespaces: string[];
  selectors: string[];
  /** Absolute path of the bundle folder; Kubernetes files are under `kubernetes/` in it. */
  outDir: string;
  collectedAt: string;
  /** Failed pods first, in the order they failed; then the others by namespace and name. */
  pods: KubePodDiagnostics[];
  jobs: KubeJobDiagnostics[];
  /** Failed pods and Jobs, earliest failure first. */
  failures: KubeFailedObject[];
  firstFailure?: KubeFailedObject;
  /** Each pod's phases from its status and events, for the timeline. */
  timeline: TimelineLane[];
  /** Folder of `kind export logs`, relative to the bundle root, when it was written. */
  kindLogs?: string;
  /** Every file written, relative to the bundle root. */
  files: string[];
  errors: string[];
}
