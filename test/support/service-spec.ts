import type { ServiceSpec } from '../../src/config/compose/model.js';

/** A service as the compose loader returns it with nothing set: image `<name>:1`, started is ready. */
export function serviceSpec(name: string, overrides: Partial<ServiceSpec> = {}): ServiceSpec {
  return {
    name,
    image: `${name}:1`,
    environment: {},
    ports: [],
    expose: [],
    dependsOn: {},
    tmpfs: [],
    volumes: [],
    labels: {},
    aliases: [],
    limits: {},
    profiles: [],
    wait: { kind: 'started' },
    startTimeoutMs: 120_000,
    ...overrides,
  };
}
