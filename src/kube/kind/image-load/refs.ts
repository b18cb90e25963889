import { ConfigurationError } from '../../../errors.js';

/**
 * Refuses references a kind node could not use as loaded: `:latest` and untagged ones (kubelet defaults
 * them to imagePullPolicy Always, so the node would try to pull instead of using the loaded copy) and
 * digest references (`docker save` keeps no digest, so the node would not find the image under it).
 */
export function checkLoadableRef(ref: string, where: string): string {
  const trimmed = ref.trim();
  if (trimmed.includes('@')) {
    throw new ConfigurationError(
      `${where}: "${trimmed}" is a digest reference; load it by a tag (name:tag). A saved image carries its ` +
        'tags but not its registry digest, so the node would not find it by digest.',
    );
  }
  const tag = tagOf(trimmed);
  if (tag === undefined || tag === 'latest') {
    const what = tag === undefined ? 'has no tag (which means :latest)' : 'is tagged :latest';
    throw new ConfigurationError(
      `${where}: "${trimmed}" ${what}. Kubernetes gives :latest images imagePullPolicy Always, so the node ` +
        'would try to pull it from a registry instead of using the loaded copy. Tag it with something ' +
        'specific (build-images does: run-<run id>-<attempt>) and load that.',
    );
  }
  return trimmed;
}

/** A digest-free reference's tag (`app:v1` → `v1`), undefined when untagged. */
function tagOf(ref: string): string | undefined {
  const name = imageWithoutTag(ref);
  return name === ref ? undefined : ref.slice(name.length + 1);
}

/**
 * A reference without its tag and digest: `app:up-1` → `app`, `localhost:5000/app@sha256:…` →
 * `localhost:5000/app` (a `:` before the last `/` is a registry port, not a tag).
 */
export function imageWithoutTag(ref: string): string {
  const withoutDigest = ref.split('@')[0]!;
  const colon = withoutDigest.lastIndexOf(':');
  return colon > withoutDigest.lastIndexOf('/') ? withoutDigest.slice(0, colon) : withoutDigest;
}

/** Every reference checked (`image <n>` in messages), each once, in the order given. */
export function checkLoadableRefs(refs: string[]): string[] {
  return [...new Set(refs.map((ref, index) => checkLoadableRef(ref, `image ${index + 1}`)))];
}

/**
 * The registry a reference names (`ghcr.io/acme/api:v1` → `ghcr.io`), as Docker's reference parsing tells
 * one: a first component with a `.` or `:`, or `localhost`. Undefined for Docker Hub names.
 */
export function referenceDomain(ref: string): string | undefined {
  const firstSlash = ref.indexOf('/');
  if (firstSlash === -1) return undefined;
  const first = ref.slice(0, firstSlash);
  return /[.:]/.test(first) || first === 'localhost' ? first : undefined;
}

/**
 * The name containerd (and crictl) list an image under: Docker Hub names get `docker.io/` and official
 * images `library/`, as Docker's reference normalization does.
 */
export function normalizeImageRef(ref: string): string {
  if (referenceDomain(ref)) return ref;
  return ref.includes('/') ? `docker.io/${ref}` : `docker.io/library/${ref}`;
}
