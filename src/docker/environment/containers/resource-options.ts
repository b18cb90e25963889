import type Docker from 'dockerode';
import type { ServiceResources } from '../../../config/compose/index.js';

/** The HostConfig fields the service's resources set; only those it gives. Pure. */
export function resourceOptions(resources: ServiceResources): Docker.HostConfig {
  const fields: [keyof Docker.HostConfig, unknown][] = [
    ['NanoCpus', resources.nanoCpus],
    ['Memory', resources.memoryBytes],
    ['MemoryReservation', resources.memoryReservationBytes],
    ['MemorySwap', resources.memorySwapBytes],
    ['MemorySwappiness', resources.memorySwappiness],
    ['PidsLimit', resources.pidsLimit],
    ['CpuShares', resources.cpuShares],
    ['CpuPeriod', resources.cpuPeriodMicros],
    ['CpuQuota', resources.cpuQuotaMicros],
    ['CpusetCpus', resources.cpuset],
    ['OomKillDisable', resources.oomKillDisable],
    ['OomScoreAdj', resources.oomScoreAdj],
    ['CgroupParent', resources.cgroupParent],
  ];
  return Object.fromEntries(fields.filter(([, value]) => value !== undefined)) as Docker.HostConfig;
}
