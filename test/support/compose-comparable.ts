// compose-go's project JSON and our ComposeProject brought to one shape, for the differential test.
import type { ComposeProject, ServiceSpec } from '../../src/config/compose/index.js';
import { parseDuration } from '../../src/config/values/index.js';

export interface Comparable {
  name: string;
  volumes: string[];
  networks: string[];
  network_settings?: Record<string, unknown>;
  services: Record<string, Record<string, unknown>>;
}

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const ms = (value: unknown) =>
  value === undefined || value === null ? undefined : parseDuration(value, 'duration');
const sorted = (list: unknown[] | undefined) => (list?.length ? [...list].map(String).sort() : undefined);
const record = (value: unknown) =>
  value && Object.keys(value as object).length
    ? Object.fromEntries(Object.entries(value as object).sort())
    : undefined;

export function fromCompose(project: unknown): Comparable {
  const p = project as Json;
  const services: Comparable['services'] = {};
  for (const [name, s] of Object.entries((p.services ?? {}) as Record<string, Json>)) {
    const mounts = (s.volumes ?? []) as Json[];
    const healthcheck = s.healthcheck as Json | undefined;
    const environment = Object.fromEntries(
      Object.entries((s.environment ?? {}) as Record<string, unknown>).filter(([, value]) => value !== null),
    );
    services[name] = {
      image: s.image ?? (s.build ? undefined : undefined),
      build: s.build
        ? {
            context: s.build.context,
            dockerfile: s.build.dockerfile ?? 'Dockerfile',
            target: s.build.target,
            args: record(s.build.args),
          }
        : undefined,
      command: s.command ?? undefined,
      entrypoint: s.entrypoint ?? undefined,
      environment: record(environment),
      working_dir: s.working_dir,
      user: s.user,
      labels: record(s.labels),
      ports: ((s.ports ?? []) as Json[]).map((port) => ({
        target: port.target,
        published: port.published ? Number(port.published) : undefined,
        protocol: port.protocol ?? 'tcp',
        host_ip: port.host_ip,
      })),
      expose: sorted((s.expose ?? []).map(Number)),
      depends_on: record(
        Object.fromEntries(
          Object.entries((s.depends_on ?? {}) as Record<string, Json>).map(([key, value]) => [
            key,
            value.condition,
          ]),
        ),
      ),
      restarts_with: sorted(
        Object.entries((s.depends_on ?? {}) as Record<string, Json>)
          .filter(([, value]) => value.restart)
          .map(([key]) => key),
      ),
      healthcheck: healthcheck
        ? healthcheck.disable
          ? { test: ['NONE'] }
          : {
              test: healthcheck.test,
              interval: ms(healthcheck.interval),
              timeout: ms(healthcheck.timeout),
              retries: healthcheck.retries,
              start_period: ms(healthcheck.start_period),
            }
        : undefined,
      volumes: mounts
        .filter((mount) => mount.type !== 'tmpfs')
        .map((mount) => ({
          type: mount.type,
          source: mount.source ?? '',
          target: mount.target,
          read_only: Boolean(mount.read_only),
          subpath: mount.volume?.subpath,
          create_host_path: mount.bind?.create_host_path,
        })),
      tmpfs: sorted([
        ...((s.tmpfs ?? []) as string[]).map((entry) => entry.split(':')[0]),
        ...mounts.filter((m) => m.type === 'tmpfs').map((m) => m.target),
      ]),
      networks: s.network_mode
        ? undefined
        : record(
            Object.fromEntries(
              Object.entries((s.networks ?? {}) as Record<string, Json | null>).map(([key, value]) => [
                key,
                sorted(value?.aliases ?? []),
              ]),
            ),
          ),
      network_endpoints: s.network_mode
        ? undefined
        : record(
            Object.fromEntries(
              Object.entries((s.networks ?? {}) as Record<string, Json | null>)
                .filter(([, value]) => value?.ipv4_address || value?.ipv6_address)
                .map(([key, value]) => [key, { ipv4: value?.ipv4_address, ipv6: value?.ipv6_address }]),
            ),
          ),
      mac_address: s.mac_address,
      profiles: sorted(s.profiles),
      secrets: fileMounts(s.secrets, '/run/secrets/'),
      configs: fileMounts(s.configs, '/'),
      container_name: s.container_name,
      hostname: s.hostname,
      network_mode: s.network_mode,
      volumes_from: sorted(s.volumes_from),
      links: sorted(s.links),
      replicas: s.scale ?? s.deploy?.replicas ?? 1,
      init: s.init,
      privileged: s.privileged || undefined,
      read_only: s.read_only || undefined,
      tty: s.tty || undefined,
      stdin_open: s.stdin_open || undefined,
      cap_add: sorted(s.cap_add),
      cap_drop: sorted(s.cap_drop),
      security_opt: sorted(s.security_opt),
      sysctls: record(
        Object.fromEntries(Object.entries(s.sysctls ?? {}).map(([key, value]) => [key, String(value)])),
      ),
      extra_hosts: sorted(extraHosts(s.extra_hosts)),
      dns: sorted(s.dns),
      dns_search: sorted(s.dns_search),
      shm_size: s.shm_size === undefined ? undefined : Number(s.shm_size),
      restart: composeRestart(s),
      platform: s.platform,
      stop_signal: s.stop_signal,
      stop_grace_period: ms(s.stop_grace_period),
      pid: s.pid,
      ipc: s.ipc,
      pull_policy: s.pull_policy,
      ulimits: record(
        Object.fromEntries(
          Object.entries((s.ulimits ?? {}) as Record<string, Json>).map(([key, value]) => [
            key,
            typeof value === 'number' ? [value, value] : [value.soft, value.hard],
          ]),
        ),
      ),
      devices: ((s.devices ?? []) as Json[]).map(
        (device) => `${device.source}:${device.target}:${device.permissions}`,
      ),
      ...composeResources(s),
      domainname: s.domainname,
      uts: s.uts,
      userns_mode: s.userns_mode,
      cgroup: s.cgroup,
      runtime: s.runtime,
      storage_opt: record(s.storage_opt),
      device_cgroup_rules: sorted(s.device_cgroup_rules),
      logging: s.logging ? { driver: s.logging.driver, options: record(s.logging.options) } : undefined,
      post_start: ((s.post_start ?? []) as Json[]).map(composeHook),
      pre_stop: ((s.pre_stop ?? []) as Json[]).map(composeHook),
      develop: ((s.develop?.watch ?? []) as Json[]).map((rule) => ({
        path: rule.path,
        action: rule.action,
        target: rule.target,
        ignore: rule.ignore?.length ? rule.ignore : undefined,
        include: rule.include?.length ? rule.include : undefined,
        initial_sync: rule.initial_sync || undefined,
        exec: rule.exec?.command
          ? {
              command: rule.exec.command,
              user: rule.exec.user,
              privileged: rule.exec.privileged || undefined,
              working_dir: rule.exec.working_dir,
              environment: record(rule.exec.environment),
            }
          : undefined,
      })),
    };
  }
  const volumes = Object.entries((p.volumes ?? {}) as Record<string, Json>)
    .map(([name, volume]) => (volume.external ? `${name} (external ${volume.name})` : name))
    .sort();
  const networks = Object.entries((p.networks ?? {}) as Record<string, Json>)
    .filter(([name]) => name !== 'default')
    .map(([name, network]) => (network.external ? `${name} (external ${network.name})` : name))
    .sort();
  const settings = Object.fromEntries(
    Object.entries((p.networks ?? {}) as Record<string, Json>)
      .filter(([, network]) => !network.external)
      .map(([name, n]) => [
        name,
        {
          driver: n.driver,
          driver_opts: record(n.driver_opts),
          internal: n.internal || undefined,
          attachable: n.attachable || undefined,
          enable_ipv6: n.enable_ipv6,
          labels: record(n.labels),
          ipam:
            n.ipam?.config?.length || n.ipam?.driver
              ? {
                  driver: n.ipam.driver,
                  config: ((n.ipam.config ?? []) as Json[]).map((pool) => ({
                    subnet: pool.subnet,
                    gateway: pool.gateway,
                    ip_range: pool.ip_range,
                    aux_addresses: record(pool.aux_addresses),
                  })),
                }
              : undefined,
        },
      ]),
  );
  return { name: p.name, volumes, networks, network_settings: clean(settings), services: clean(services) };
}

export function fromInception(project: ComposeProject): Comparable {
  const services: Comparable['services'] = {};
  for (const s of project.services) services[s.name] = fromService(s);
  const volumes = [
    ...project.volumes,
    ...Object.entries(project.externalVolumes).map(([name, external]) => `${name} (external ${external})`),
  ].sort();
  const networks = [
    ...project.networks,
    ...Object.entries(project.externalNetworks)
      .filter(([name]) => name !== 'default')
      .map(([name, external]) => `${name} (external ${external})`),
  ].sort();
  const settings = Object.fromEntries(
    [
      ...(project.services.some((s) => !s.networkMode && 'default' in s.networks) ? ['default'] : []),
      ...project.networks,
    ].map((name) => {
      const n = project.networkSettings[name];
      return [
        name,
        {
          driver: n?.driver,
          driver_opts: record(n?.driverOpts),
          internal: n?.internal || undefined,
          attachable: n?.attachable || undefined,
          enable_ipv6: n?.enableIpv6,
          labels: record(n?.labels),
          ipam:
            n?.ipam?.config.length || n?.ipam?.driver
              ? {
                  driver: n.ipam.driver,
                  config: n.ipam.config.map((pool) => ({
                    subnet: pool.subnet,
                    gateway: pool.gateway,
                    ip_range: pool.ipRange,
                    aux_addresses: record(pool.auxAddresses),
                  })),
                }
              : undefined,
        },
      ];
    }),
  );
  return {
    name: project.name,
    volumes,
    networks,
    network_settings: clean(settings),
    services: clean(services),
  };
}

function fromService(s: ServiceSpec): Record<string, unknown> {
  const r = s.runtime;
  return {
    image: s.image,
    build: s.build
      ? {
          context: s.build.context,
          dockerfile: s.build.dockerfile,
          target: s.build.target,
          args: record(s.build.args),
        }
      : undefined,
    command: s.command,
    entrypoint: s.entrypoint,
    environment: record(s.environment),
    working_dir: s.workingDir,
    user: s.user,
    labels: record(s.labels),
    ports: s.ports.map((port) => ({
      target: port.containerPort,
      published: port.hostPort,
      protocol: port.protocol,
      host_ip: port.hostIp,
    })),
    expose: sorted(s.expose),
    depends_on: record(s.dependsOn),
    restarts_with: sorted(s.restartsWith),
    healthcheck: s.healthcheck
      ? s.healthcheck.test[0] === 'NONE'
        ? { test: ['NONE'] }
        : {
            test: s.healthcheck.test,
            interval: s.healthcheck.intervalMs,
            timeout: s.healthcheck.timeoutMs,
            retries: s.healthcheck.retries,
            start_period: s.healthcheck.startPeriodMs,
          }
      : undefined,
    volumes: s.volumes.map((volume) => ({
      type: volume.type,
      source: volume.source,
      target: volume.target,
      read_only: volume.readOnly,
      subpath: volume.subpath,
      create_host_path: volume.createHostPath,
    })),
    tmpfs: sorted(s.tmpfs.map((entry) => entry.split(':')[0])),
    networks: s.networkMode
      ? undefined
      : record(
          Object.fromEntries(Object.entries(s.networks).map(([key, aliases]) => [key, sorted(aliases)])),
        ),
    network_endpoints: s.networkMode
      ? undefined
      : record(
          Object.fromEntries(
            Object.entries(s.networkEndpoints).map(([key, value]) => [
              key,
              { ipv4: value.ipv4Address, ipv6: value.ipv6Address },
            ]),
          ),
        ),
    mac_address: r.macAddress,
    profiles: sorted(s.profiles),
    secrets: s.secrets.length ? s.secrets.map(comparableFileMount) : undefined,
    configs: s.configs.length ? s.configs.map(comparableFileMount) : undefined,
    container_name: s.containerName,
    hostname: s.hostname,
    network_mode: s.networkMode
      ? 'target' in s.networkMode
        ? `${s.networkMode.kind}:${s.networkMode.target}`
        : s.networkMode.kind
      : undefined,
    volumes_from: sorted(s.volumesFrom.map((from) => (from.readOnly ? `${from.service}:ro` : from.service))),
    links: sorted(
      s.links.map((link) => (link.alias === link.service ? link.service : `${link.service}:${link.alias}`)),
    ),
    replicas: s.replicas,
    init: r.init,
    privileged: r.privileged || undefined,
    read_only: r.readOnly || undefined,
    tty: r.tty || undefined,
    stdin_open: r.stdinOpen || undefined,
    cap_add: sorted(r.capAdd),
    cap_drop: sorted(r.capDrop),
    security_opt: sorted(r.securityOpt),
    sysctls: record(r.sysctls),
    extra_hosts: sorted(r.extraHosts),
    dns: sorted(r.dns),
    dns_search: sorted(r.dnsSearch),
    shm_size: r.shmSizeBytes,
    restart: r.restart,
    platform: r.platform,
    stop_signal: r.stopSignal,
    stop_grace_period: r.stopGraceMs,
    pid: r.pid,
    ipc: r.ipc,
    pull_policy: r.pullPolicy,
    ulimits: record(Object.fromEntries(r.ulimits.map((limit) => [limit.name, [limit.soft, limit.hard]]))),
    devices: r.devices.map((device) => `${device.source}:${device.target}:${device.permissions}`),
    ...ourResources(s.resources),
    domainname: r.domainname,
    uts: r.uts,
    userns_mode: r.usernsMode,
    cgroup: r.cgroupns,
    runtime: r.ociRuntime,
    storage_opt: record(r.storageOpt),
    device_cgroup_rules: sorted(r.deviceCgroupRules),
    logging: r.logging ? { driver: r.logging.driver, options: record(r.logging.options) } : undefined,
    post_start: s.postStart.map(ourHook),
    pre_stop: s.preStop.map(ourHook),
    develop: s.watch.map((rule) => ({
      path: rule.path,
      action: rule.action,
      target: rule.target,
      ignore: rule.ignore.length ? rule.ignore : undefined,
      include: rule.include.length ? rule.include : undefined,
      initial_sync: rule.initialSync || undefined,
      exec: rule.exec
        ? {
            command: rule.exec.command,
            user: rule.exec.user,
            privileged: rule.exec.privileged || undefined,
            working_dir: rule.exec.workingDir,
            environment: record(rule.exec.environment),
          }
        : undefined,
    })),
  };
}

const numberOrUndefined = (value: unknown) =>
  value === undefined || value === null ? undefined : Number(value);

/** What compose applies to the container: a `deploy.resources` value wins over the top-level key. */
function composeResources(s: Json): Record<string, unknown> {
  const limits = s.deploy?.resources?.limits ?? {};
  const reservations = s.deploy?.resources?.reservations ?? {};
  const pids = Number(limits.pids ?? 0) > 0 ? Number(limits.pids) : Number(s.pids_limit ?? 0) || undefined;
  return {
    memory: numberOrUndefined(limits.memory ?? s.mem_limit),
    cpus: numberOrUndefined(limits.cpus ?? s.cpus),
    memory_reservation: numberOrUndefined(reservations.memory ?? s.mem_reservation),
    memswap_limit: numberOrUndefined(s.memswap_limit),
    mem_swappiness: numberOrUndefined(s.mem_swappiness),
    pids_limit: pids,
    cpu_shares: numberOrUndefined(s.cpu_shares),
    cpu_period: numberOrUndefined(s.cpu_period),
    cpu_quota: numberOrUndefined(s.cpu_quota),
    cpuset: s.cpuset,
    oom_kill_disable: s.oom_kill_disable || undefined,
    oom_score_adj: numberOrUndefined(s.oom_score_adj),
    cgroup_parent: s.cgroup_parent,
  };
}

function ourResources(r: ServiceSpec['resources']): Record<string, unknown> {
  return {
    memory: r.memoryBytes,
    cpus: r.nanoCpus === undefined ? undefined : r.nanoCpus / 1e9,
    memory_reservation: r.memoryReservationBytes,
    memswap_limit: r.memorySwapBytes,
    mem_swappiness: r.memorySwappiness,
    pids_limit: r.pidsLimit,
    cpu_shares: r.cpuShares,
    cpu_period: r.cpuPeriodMicros,
    cpu_quota: r.cpuQuotaMicros,
    cpuset: r.cpuset,
    oom_kill_disable: r.oomKillDisable || undefined,
    oom_score_adj: r.oomScoreAdj,
    cgroup_parent: r.cgroupParent,
  };
}

/** `deploy.restart_policy` wins over `restart:`, its condition mapped to the engine's names, as compose does. */
function composeRestart(s: Json): string | undefined {
  const policy = s.deploy?.restart_policy;
  if (!policy) return s.restart;
  const names: Record<string, string> = { none: 'no', no: 'no', any: 'always', always: 'always' };
  const name = names[policy.condition ?? 'none'] ?? policy.condition;
  return name === 'on-failure' && policy.max_attempts !== undefined ? `${name}:${policy.max_attempts}` : name;
}

function comparableFileMount(mount: ServiceSpec['secrets'][number]): unknown {
  return { uid: mount.uid, gid: mount.gid, mode: mount.mode, source: mount.source, target: mount.target };
}

function fileMounts(value: unknown, base: string): unknown {
  const list = (value ?? []) as Json[];
  if (!list.length) return undefined;
  return list.map((mount) => ({
    uid: mount.uid,
    gid: mount.gid,
    mode: mount.mode === undefined ? undefined : parseInt(String(mount.mode), 8),
    source: mount.source,
    target: mount.target
      ? String(mount.target).startsWith('/')
        ? mount.target
        : `${base}${mount.target}`
      : `${base}${mount.source}`,
  }));
}

function extraHosts(value: unknown): string[] {
  if (!value) return [];
  if (Array.isArray(value)) return value.map((entry) => String(entry).replace('=', ':'));
  return Object.entries(value as Record<string, unknown>).flatMap(([host, ips]) =>
    (Array.isArray(ips) ? ips : [ips]).map((ip) => `${host}:${ip}`),
  );
}

/** Drops undefined fields and empty lists, so "not set" compares equal however each side spells it. */
function clean(services: Comparable['services']): Comparable['services'] {
  return JSON.parse(
    JSON.stringify(services, (_, value) => (Array.isArray(value) && value.length === 0 ? undefined : value)),
  ) as Comparable['services'];
}

function composeHook(hook: Json): Record<string, unknown> {
  return {
    command: hook.command,
    user: hook.user,
    privileged: hook.privileged || undefined,
    working_dir: hook.working_dir,
    environment: record(hook.environment),
  };
}

function ourHook(hook: ServiceSpec['postStart'][number]): Record<string, unknown> {
  return {
    command: hook.command,
    user: hook.user,
    privileged: hook.privileged || undefined,
    working_dir: hook.workingDir,
    environment: record(hook.environment),
  };
}
