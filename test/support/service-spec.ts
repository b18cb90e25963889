import type { ComposeProject, ServiceSpec } from '../../src/config/compose/model.js';

/** A service as the compose loader returns it with nothing set: image `<name>:1`, started is ready. */
export function serviceSpec(name: string, overrides: Partial<ServiceSpec> = {}): ServiceSpec {
  return {
    name,
    image: `${name}:1`,
    environment: {},
    ports: [],
    expose: [],
    dependsOn: {},
    restartsWith: [],
    tmpfs: [],
    volumes: [],
    labels: {},
    aliases: [],
    networks: { default: [] },
    networkEndpoints: {},
    secrets: [],
    configs: [],
    volumesFrom: [],
    links: [],
    replicas: 1,
    runtime: {
      capAdd: [],
      capDrop: [],
      securityOpt: [],
      ulimits: [],
      sysctls: {},
      extraHosts: [],
      dns: [],
      dnsSearch: [],
      dnsOpt: [],
      devices: [],
      groupAdd: [],
      storageOpt: {},
      deviceCgroupRules: [],
    },
    resources: {},
    profiles: [],
    watch: [],
    postStart: [],
    preStop: [],
    wait: { kind: 'started' },
    startTimeoutMs: 120_000,
    ...overrides,
  };
}

/** A project as the compose loader returns it, holding `services` and nothing else. */
export function composeProject(
  services: ServiceSpec[],
  overrides: Partial<ComposeProject> = {},
): ComposeProject {
  return {
    file: '/x/compose.yml',
    files: ['/x/compose.yml'],
    name: 'x',
    services,
    volumes: [],
    externalVolumes: {},
    networks: [],
    externalNetworks: {},
    networkSettings: {},
    secrets: {},
    configs: {},
    warnings: [],
    ...overrides,
  };
}
