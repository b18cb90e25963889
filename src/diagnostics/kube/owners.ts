import type { V1ObjectMeta, V1OwnerReference } from '@kubernetes/client-node';
import type { KubeOwnerLink } from '../model.js';

const MAX_CHAIN = 8;

/** Objects by kind, namespace and name, so owner references can be followed without more API calls. */
export class OwnerLookup {
  private readonly objects = new Map<string, V1ObjectMeta>();

  add(kind: string, metadata: V1ObjectMeta | undefined): void {
    if (metadata?.name) this.objects.set(key(kind, metadata.namespace, metadata.name), metadata);
  }

  get(kind: string, namespace: string | undefined, name: string): V1ObjectMeta | undefined {
    return this.objects.get(key(kind, namespace, name));
  }
}

/**
 * The object and its controllers up the chain, e.g. Pod -> ReplicaSet -> Deployment or Pod -> Job ->
 * CronJob. Owners live in the object's namespace (Kubernetes forbids cross-namespace owners); an owner
 * that was not listed still ends the chain with its name.
 */
export function ownerChain(kind: string, metadata: V1ObjectMeta, lookup: OwnerLookup): KubeOwnerLink[] {
  const chain: KubeOwnerLink[] = [{ kind, name: metadata.name ?? '?' }];
  let current: V1ObjectMeta | undefined = metadata;
  while (current && chain.length < MAX_CHAIN) {
    const owner = controllerOf(current.ownerReferences);
    if (!owner) break;
    chain.push({ kind: owner.kind, name: owner.name });
    current = lookup.get(owner.kind, metadata.namespace, owner.name);
  }
  return chain;
}

/** "Pod api-7d9-x -> ReplicaSet api-7d9 -> Deployment api" */
export function formatOwnerChain(chain: readonly KubeOwnerLink[]): string {
  return chain.map((link) => `${link.kind} ${link.name}`).join(' -> ');
}

/** The reference marked as the controller, else the first: what owns the object. */
export function controllerOf(references: V1OwnerReference[] | undefined): V1OwnerReference | undefined {
  return references?.find((reference) => reference.controller) ?? references?.[0];
}

function key(kind: string, namespace: string | undefined, name: string): string {
  return `${kind}\u0000${namespace ?? ''}\u0000${name}`;
}
