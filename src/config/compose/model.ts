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
  /** Named volume (as written in the file), absolute host path, or '' for an anonymous volume. */
  source: string;
  target: string;
  readOnly: boolean;
  /** A folder inside the volume to mount (`volume.subpath`). */
  subpath?: string;
  /** `bind.create_host_path`: create a missing host folder (the default); false fails instead. */
  createHostPath?: boolean;
  /** `volume.nocopy`: do not copy the image's files into a new volume. */
  noCopy?: boolean;
}

/** Where a secret's or config's content comes from. */
export interface FileSource {
  /** Absolute path of a file on the host. */
  file?: string;
  /** The content itself (`content:`, or the value of `environment:`). */
  content?: string;
  /** The variable `environment:` named. */
  variable?: string;
}

/** A secret or config as a service mounts it: read-only, at `target`. */
export interface FileMount {
  source: string;
  target: string;
  uid?: string;
  gid?: string;
  mode?: number;
}

/** The container's cgroup resources, from `mem_limit`, `cpus`, `pids_limit`, ... and `deploy.resources`. */
export interface ServiceResources {
  nanoCpus?: number;
  memoryBytes?: number;
  memoryReservationBytes?: number;
  /** Memory plus swap; -1 for unlimited. */
  memorySwapBytes?: number;
  memorySwappiness?: number;
  /** -1 for unlimited. */
  pidsLimit?: number;
  cpuShares?: number;
  cpuPeriodMicros?: number;
  cpuQuotaMicros?: number;
  cpuset?: string;
  oomKillDisable?: boolean;
  oomScoreAdj?: number;
  cgroupParent?: string;
}

/** Keys that set how the one container runs; each maps onto the Engine API's create options. */
export interface RuntimeSpec {
  init?: boolean;
  privileged?: boolean;
  readOnly?: boolean;
  tty?: boolean;
  stdinOpen?: boolean;
  capAdd: string[];
  capDrop: string[];
  securityOpt: string[];
  ulimits: { name: string; soft: number; hard: number }[];
  sysctls: Record<string, string>;
  extraHosts: string[];
  dns: string[];
  dnsSearch: string[];
  dnsOpt: string[];
  devices: { source: string; target: string; permissions: string }[];
  groupAdd: string[];
  shmSizeBytes?: number;
  restart?: string;
  platform?: string;
  stopSignal?: string;
  stopGraceMs?: number;
  pid?: string;
  ipc?: string;
  pullPolicy?: string;
  /** `mac_address`, or that of the service's first network. */
  macAddress?: string;
  domainname?: string;
  uts?: string;
  usernsMode?: string;
  /** `cgroup`: the cgroup namespace, `host` or `private`. */
  cgroupns?: 'host' | 'private';
  /** `runtime`: the OCI runtime the engine runs the container with (runc unless given). */
  ociRuntime?: string;
  storageOpt: Record<string, string>;
  deviceCgroupRules: string[];
  /** `logging`: the engine's log driver for the container, and its options. */
  logging?: { driver?: string; options: Record<string, string> };
}

/** `network_mode`: another service's namespace, the host's, none, or the environment's networks (undefined). */
export type NetworkMode = { kind: 'service' | 'container'; target: string } | { kind: 'host' | 'none' };

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
  /** Dependencies with `restart: true`: when inception restarts or refreshes one, it restarts this service. */
  restartsWith: string[];
  healthcheck?: HealthcheckSpec;
  tmpfs: string[];
  volumes: VolumeMount[];
  workingDir?: string;
  user?: string;
  labels: Record<string, string>;
  aliases: string[];
  /** Named networks the service joins (`default` is the environment's own), each with its aliases. */
  networks: Record<string, string[]>;
  /** Fixed addresses per network, where the file gives them. */
  networkEndpoints: Record<string, NetworkEndpointSpec>;
  networkMode?: NetworkMode;
  /** `container_name` as written; the container is named `<environment>-<container_name>`. */
  containerName?: string;
  /** `hostname` as written; kept, since each environment has networks of its own. */
  hostname?: string;
  secrets: FileMount[];
  configs: FileMount[];
  volumesFrom: { service: string; readOnly: boolean }[];
  links: { service: string; alias: string }[];
  /** `deploy.replicas` or `scale`; each replica answers to the service's name on the network. */
  replicas: number;
  runtime: RuntimeSpec;
  resources: ServiceResources;
  profiles: string[];
  /** `develop.watch`: what `inception test --watch` does when a file under a rule's path changes. */
  watch: WatchRule[];
  /** `post_start`: run in each container once it has started, before it is waited for. */
  postStart: ServiceHook[];
  /** `pre_stop`: run in each container before a graceful stop (restart, refresh, `down --graceful`). */
  preStop: ServiceHook[];
  /** How we know the service is ready; from `x-inception.wait` or derived from the healthcheck. */
  wait: WaitStrategy;
  /** Startup deadline for this service, from `x-inception.timeout`. */
  startTimeoutMs: number;
}

/** What a change under a watch rule's path does to its service, as `docker compose watch` does it. */
export type WatchAction = 'rebuild' | 'sync' | 'restart' | 'sync+restart' | 'sync+exec';

/** One `develop.watch` rule. */
export interface WatchRule {
  /** The file or folder watched (absolute). */
  path: string;
  action: WatchAction;
  /** Where `path` lands in the container (absolute): set for the sync actions. */
  target?: string;
  /** `.dockerignore` patterns, relative to `path`: changes they match are not changes. */
  ignore: string[];
  /** When given, only changes these patterns match count. */
  include: string[];
  /** Copy the whole of `path` in when the watch starts, not only what changes later. */
  initialSync: boolean;
  /** `sync+exec`: run in the container after each sync. */
  exec?: ServiceHook;
}

/** A command run in a service's running container (`develop.watch[].exec`, `post_start`). */
export interface ServiceHook {
  command: string[];
  user?: string;
  privileged: boolean;
  workingDir?: string;
  environment: Record<string, string>;
}

/** A network we create, as the top-level `networks:` sets it up (driver `bridge` unless given). */
export interface NetworkSpec {
  driver?: string;
  driverOpts: Record<string, string>;
  internal?: boolean;
  attachable?: boolean;
  enableIpv6?: boolean;
  labels: Record<string, string>;
  ipam?: {
    driver?: string;
    config: { subnet?: string; gateway?: string; ipRange?: string; auxAddresses?: Record<string, string> }[];
  };
}

/** A service's fixed addresses on one network (`networks.<name>.ipv4_address` / `ipv6_address`). */
export interface NetworkEndpointSpec {
  ipv4Address?: string;
  ipv6Address?: string;
}

export interface ComposeProject {
  /** The file the project came from (absolute). */
  file: string;
  /** `name:` of the file, else the folder's name. */
  name: string;
  /** Every file merged into the project, in order. */
  files: string[];
  services: ServiceSpec[];
  /** Named volumes declared at the top level, created per environment. */
  volumes: string[];
  /** External volumes: name in the file -> name on the engine; used, never created nor removed. */
  externalVolumes: Record<string, string>;
  /** Named networks besides `default`, created per environment. */
  networks: string[];
  /** External networks: name in the file -> name on the engine; used, never created nor removed. */
  externalNetworks: Record<string, string>;
  /** How each network we create is set up (`default` included, when the file sets it). */
  networkSettings: Record<string, NetworkSpec>;
  secrets: Record<string, FileSource>;
  configs: Record<string, FileSource>;
  warnings: string[];
}
