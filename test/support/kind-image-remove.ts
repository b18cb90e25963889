import type Docker from 'dockerode';
import { normalizeImageRef } from '../../src/kube/kind/image-load/refs.js';
import { execInNode } from '../../src/kube/kind/node-exec.js';

/**
 * Removes images from a node under every name containerd gave them: the tag, `import-<date>@<digest>`
 * (from `ctr images import --digests`) and the CRI plugin's image-ID name, so their content is
 * garbage-collected (`--sync` waits for that). Returns the names removed.
 */
export async function removeImagesFromNode(docker: Docker, node: string, refs: string[]): Promise<string[]> {
  const listing = await execInNode(docker, node, ['ctr', '-n', 'k8s.io', 'images', 'ls']);
  const rows = listing.stdout
    .split('\n')
    .slice(1)
    .map((line) => line.split(/\s+/))
    .filter((cells) => cells.length > 2);
  const wanted = new Set(refs.map(normalizeImageRef));
  const digests = new Set(rows.filter(([ref]) => wanted.has(ref ?? '')).map(([, , digest]) => digest));
  const names = rows.filter(([, , digest]) => digests.has(digest)).map(([ref]) => ref as string);
  if (names.length === 0) return [];
  const removed = await execInNode(docker, node, ['ctr', '-n', 'k8s.io', 'images', 'rm', '--sync', ...names]);
  if (removed.exitCode !== 0)
    throw new Error(`ctr images rm on ${node} exited with ${removed.exitCode}: ${removed.stderr.trim()}`);
  return names;
}
