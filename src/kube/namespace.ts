import type * as k8s from '@kubernetes/client-node';
import { randomBytes } from 'node:crypto';
import { ConfigurationError } from '../errors.js';
import { isNotFound } from './api-errors.js';

const MAX_NAME = 63;

/** `inception-<run>-<random>`: a DNS label, unique per run even when the run name repeats. */
export function runNamespaceName(run: string | undefined, random = randomBytes(3).toString('hex')): string {
  const suffix = `-${random}`;
  const cleaned = (run ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const prefix = cleaned ? `inception-${cleaned}` : 'inception';
  return `${prefix.slice(0, MAX_NAME - suffix.length).replace(/-+$/, '')}${suffix}`;
}

export async function createNamespace(
  core: k8s.CoreV1Api,
  name: string,
  labels: Record<string, string>,
): Promise<void> {
  await core.createNamespace({ body: { metadata: { name, labels } } });
}

/** A namespace we were told to use must exist: we neither create nor delete it. */
export async function requireNamespace(core: k8s.CoreV1Api, name: string): Promise<void> {
  try {
    await core.readNamespace({ name });
  } catch (error) {
    if (isNotFound(error)) {
      throw new ConfigurationError(
        `Namespace "${name}" does not exist; create it first, or leave the namespace unset to get one per run.`,
      );
    }
    throw error;
  }
}

/** Starts the deletion (the namespace then terminates in the background); a missing namespace is fine. */
export async function deleteNamespace(core: k8s.CoreV1Api, name: string): Promise<void> {
  try {
    await core.deleteNamespace({ name });
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
}
