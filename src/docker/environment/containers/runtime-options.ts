import type Docker from 'dockerode';
import type { RuntimeSpec } from '../../../config/compose/index.js';

const NS_PER_MS = 1_000_000;

/** The create options that `init`, `cap_add`, `ulimits`, `sysctls`, `extra_hosts`, `restart`, ... set. Pure. */
export function runtimeOptions(runtime: RuntimeSpec): {
  config: Partial<Docker.ContainerCreateOptions>;
  host: Docker.HostConfig;
} {
  const config: Partial<Docker.ContainerCreateOptions> = {};
  if (runtime.tty !== undefined) config.Tty = runtime.tty;
  if (runtime.stdinOpen !== undefined) config.OpenStdin = runtime.stdinOpen;
  if (runtime.stopSignal !== undefined) config.StopSignal = runtime.stopSignal;
  if (runtime.macAddress !== undefined) config.MacAddress = runtime.macAddress;
  if (runtime.stopGraceMs !== undefined) config.StopTimeout = Math.ceil(runtime.stopGraceMs / 1000);
  if (runtime.domainname !== undefined) config.Domainname = runtime.domainname;
  const host: Docker.HostConfig = {};
  if (runtime.init !== undefined) host.Init = runtime.init;
  if (runtime.privileged !== undefined) host.Privileged = runtime.privileged;
  if (runtime.readOnly !== undefined) host.ReadonlyRootfs = runtime.readOnly;
  if (runtime.capAdd.length) host.CapAdd = runtime.capAdd;
  if (runtime.capDrop.length) host.CapDrop = runtime.capDrop;
  if (runtime.securityOpt.length) host.SecurityOpt = runtime.securityOpt;
  if (runtime.ulimits.length)
    host.Ulimits = runtime.ulimits.map((limit) => ({ Name: limit.name, Soft: limit.soft, Hard: limit.hard }));
  if (Object.keys(runtime.sysctls).length) host.Sysctls = runtime.sysctls;
  if (runtime.extraHosts.length) host.ExtraHosts = runtime.extraHosts;
  if (runtime.dns.length) host.Dns = runtime.dns;
  if (runtime.dnsSearch.length) host.DnsSearch = runtime.dnsSearch;
  if (runtime.dnsOpt.length) host.DnsOptions = runtime.dnsOpt;
  if (runtime.groupAdd.length) host.GroupAdd = runtime.groupAdd;
  if (runtime.devices.length) {
    host.Devices = runtime.devices.map((device) => ({
      PathOnHost: device.source,
      PathInContainer: device.target,
      CgroupPermissions: device.permissions,
    }));
  }
  if (runtime.shmSizeBytes !== undefined) host.ShmSize = runtime.shmSizeBytes;
  if (runtime.pid !== undefined) host.PidMode = runtime.pid;
  if (runtime.ipc !== undefined) host.IpcMode = runtime.ipc;
  if (runtime.uts !== undefined) host.UTSMode = runtime.uts;
  if (runtime.usernsMode !== undefined) host.UsernsMode = runtime.usernsMode;
  // API 1.41 has it; dockerode's types do not yet.
  if (runtime.cgroupns !== undefined) Object.assign(host, { CgroupnsMode: runtime.cgroupns });
  if (runtime.ociRuntime !== undefined) host.Runtime = runtime.ociRuntime;
  if (Object.keys(runtime.storageOpt).length) host.StorageOpt = runtime.storageOpt;
  if (runtime.deviceCgroupRules.length) host.DeviceCgroupRules = runtime.deviceCgroupRules;
  if (runtime.logging)
    host.LogConfig = { Type: runtime.logging.driver ?? '', Config: runtime.logging.options };
  if (runtime.restart !== undefined) {
    const [name = 'no', retries] = runtime.restart.split(':');
    host.RestartPolicy = { Name: name, MaximumRetryCount: retries === undefined ? 0 : Number(retries) };
  }
  return { config, host };
}

export { NS_PER_MS };
