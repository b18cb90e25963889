import type { ContainerState } from './container-state.js';

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
  /** Every file written, relative to `outDir`. */
  files: string[];
  /** Every problem met while collecting (per-container ones included). */
  errors: string[];
}
