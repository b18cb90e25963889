import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resourceOptions } from '../../../../../src/docker/environment/containers/resource-options.js';

describe('resources as HostConfig fields', () => {
  it('sets the fields given and no others', () => {
    assert.deepEqual(resourceOptions({}), {});
    assert.deepEqual(
      resourceOptions({ memoryReservationBytes: 1024, pidsLimit: 64, oomKillDisable: false, cpuset: '0' }),
      { MemoryReservation: 1024, PidsLimit: 64, OomKillDisable: false, CpusetCpus: '0' },
    );
  });
});
