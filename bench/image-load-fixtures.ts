import type Docker from 'dockerode';
import { run } from '../test/support/kind-cluster.js';

/**
 * Three images FROM debian:bookworm-slim, each with `sizeMb` of its own random data, so every run of
 * either loader moves new bytes (a fresh tag on the same content would let kind just re-tag).
 */
export async function buildFreshImages(label: string, count: number, sizeMb: number): Promise<string[]> {
  const refs: string[] = [];
  for (let index = 1; index <= count; index++) {
    const ref = `bench-load-${index}:${label}`;
    const dockerfile =
      `FROM debian:bookworm-slim\nRUN head -c ${sizeMb}M /dev/urandom > /blob && echo ${label}-${index} > /id\n` +
      'CMD ["cat", "/id"]\n';
    await run('docker', ['build', '-q', '-t', ref, '-'], { input: dockerfile });
    refs.push(ref);
  }
  return refs;
}

export async function removeLocal(docker: Docker, refs: string[]): Promise<void> {
  for (const ref of refs)
    await docker
      .getImage(ref)
      .remove({ force: true })
      .catch(() => undefined);
}
