import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { api, folder, parse, svc } from '../support.js';

describe('compose loader: host-level keys, logging, label_file', () => {
  it('reads domainname, uts, userns_mode, cgroup, runtime, storage_opt, device_cgroup_rules and logging', () => {
    const { runtime } = api([
      'image: x',
      'domainname: corp.example',
      'uts: host',
      'userns_mode: host',
      'cgroup: host',
      'runtime: runc',
      'storage_opt: { size: 1G }',
      'device_cgroup_rules: ["c 1:3 mr"]',
      'logging: { driver: local, options: { max-size: 5m } }',
      'attach: false',
    ]);
    assert.equal(runtime.domainname, 'corp.example');
    assert.equal(runtime.uts, 'host');
    assert.equal(runtime.usernsMode, 'host');
    assert.equal(runtime.cgroupns, 'host');
    assert.equal(runtime.ociRuntime, 'runc');
    assert.deepEqual(runtime.storageOpt, { size: '1G' });
    assert.deepEqual(runtime.deviceCgroupRules, ['c 1:3 mr']);
    assert.deepEqual(runtime.logging, { driver: 'local', options: { 'max-size': '5m' } });
  });

  it('refuses a cgroup mode that is not host or private', () => {
    assert.throws(
      () => parse(svc('image: x', 'cgroup: shared')),
      /"shared" is not a cgroup namespace mode; use host or private/,
    );
  });

  it('warns that logging driver none keeps no log for waits and diagnostics', () => {
    const project = parse(svc('image: x', 'logging: { driver: none }'));
    assert.ok(
      project.warnings.some((warning) =>
        /logging driver "none" keeps no log: a log wait never matches/.test(warning),
      ),
      project.warnings.join('\n'),
    );
  });

  it('label_file: files in order, labels over them; a missing file names itself', () => {
    const { dir, file } = folder({ 'a.labels': 'tier=back\nteam=core\n', 'b.labels': 'team=infra\n' });
    const labels = parse(
      svc('image: x', 'label_file: [a.labels, b.labels]', 'labels: { tier: front }'),
      {},
      file,
    ).services[0]!.labels;
    assert.deepEqual(labels, { tier: 'front', team: 'infra' });
    assert.throws(
      () => parse(svc('image: x', 'label_file: missing.labels'), {}, file),
      new RegExp(`label file ${dir}/missing.labels does not exist`),
    );
  });
});
