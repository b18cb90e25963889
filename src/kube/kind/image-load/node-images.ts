import type Docker from 'dockerode';
import { execInNode } from '../node-exec.js';

export interface WantedImage {
  /** As the user gave it, e.g. `api:run-42-1`. */
  ref: string;
  /** As containerd lists it, e.g. `docker.io/library/api:run-42-1`. */
  normalized: string;
  /** The local image ID (its config digest), which containerd reports as the image's id. */
  id: string;
}

/** `crictl images -o json` → every tag each image ID carries. */
export function parseCrictlImages(json: string): Map<string, Set<string>> {
  const parsed = JSON.parse(json) as { images?: { id?: string; repoTags?: string[] | null }[] };
  const held = new Map<string, Set<string>>();
  for (const image of parsed.images ?? []) {
    if (!image.id) continue;
    const tags = held.get(image.id) ?? new Set<string>();
    for (const tag of image.repoTags ?? []) tags.add(tag);
    held.set(image.id, tags);
  }
  return held;
}

/** Images the node lacks: not there, there under another ID, or the same ID without this tag. */
export function missingImages(held: Map<string, Set<string>>, wanted: WantedImage[]): WantedImage[] {
  return wanted.filter((image) => !held.get(image.id)?.has(image.normalized));
}

/** What the node's containerd holds in the k8s.io namespace, as the kubelet sees it. */
export async function nodeImages(docker: Docker, node: string): Promise<Map<string, Set<string>>> {
  const result = await execInNode(docker, node, ['crictl', 'images', '-o', 'json']);
  if (result.exitCode !== 0) {
    throw new Error(`crictl images on node ${node} exited with ${result.exitCode}: ${result.stderr.trim()}`);
  }
  return parseCrictlImages(result.stdout);
}
