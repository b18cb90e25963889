/** The compose subset we support, normalised: every optional form of the file resolved to one shape. */

export type DependencyCondition = 'service_started' | 'service_healthy' | 'service_completed_successfully';

export interface BuildSpec {
  /** Absolute path of the build context. */
  context: string;
  /** Dockerfile path relative to the context. */
  dockerfile: string;
  args: Record<string, string>;
  target?: string;
}

export interface PortSpec {
  containerPort: number;
  protocol: 'tcp' | 'udp';
  /** Undefined: the engine picks a free host port. */
  hostPort?: number;
  hostIp?: string;
}

export interface VolumeMount {
  type: 'volume' | 'bind';
  /** Named volume (as written in the file) or absolute host path. */
  source: string;
  target: string;
  readOnly: boolean;
}

export interface HealthcheckSpec {
  /** Docker form: ['CMD', ...] or ['CMD-SHELL', '...'] or ['NONE']. */
  test: string[];
  intervalMs?: number;
  timeoutMs?: number;
  retries?: number;
  startPeriodMs?: number;
}

export type WaitStrategy =
  | { kind: 'healthy' }
  | { kind: 'started' }
  | { kind: 'log'; pattern: string; times: number }
  | { kind: 'http'; port: number; path: string; status: number[]; body?: string; scheme: 'http' | 'https' }
  | { kind: 'tcp'; port: number }
  | { kind: 'exit'; code: number }
  | { kind: 'running'; forMs: number };

export interface ServiceSpec {
  name: string;
  image?: string;
  build?: BuildSpec;
  command?: string[];
  entrypoint?: string[];
  environment: Record<string, string>;
  ports: PortSpec[];
  expose: number[];
  dependsOn: Record<string, DependencyCondition>;
  healthcheck?: HealthcheckSpec;
  tmpfs: string[];
  volumes: VolumeMount[];
  workingDir?: string;
  user?: string;
  labels: Record<string, string>;
  aliases: string[];
  limits: { nanoCpus?: number; memoryBytes?: number };
  profiles: string[];
  /** How we know the service is ready; from `x-inception.wait` or derived from the healthcheck. */
  wait: WaitStrategy;
  /** Startup deadline for this service, from `x-inception.timeout`. */
  startTimeoutMs: number;
}

export interface ComposeProject {
  /** The file the project came from (absolute). */
  file: string;
  /** `name:` of the file, else the folder's name. */
  name: string;
  services: ServiceSpec[];
  /** Named volumes declared at the top level. */
  volumes: string[];
  warnings: string[];
}
