import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ipv4HostPort } from '../../../src/docker/host-port.js';

test('ipv4HostPort: the IPv4 binding wins over an IPv6 one with another port, whatever the order', () => {
  const v4 = { HostIp: '0.0.0.0', HostPort: '49153' };
  const v6 = { HostIp: '::', HostPort: '49154' };
  assert.equal(ipv4HostPort([v6, v4]), 49153);
  assert.equal(ipv4HostPort([v4, v6]), 49153);
  assert.equal(ipv4HostPort([v6]), 49154, 'only IPv6: that one');
  assert.equal(ipv4HostPort([{ HostIp: '127.0.0.1', HostPort: '8080' }]), 8080);
  assert.equal(ipv4HostPort([{ HostIp: '0.0.0.0', HostPort: '' }]), undefined, 'not published yet');
  assert.equal(ipv4HostPort(null), undefined);
});
