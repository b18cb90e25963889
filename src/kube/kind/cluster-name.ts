import { randomBytes } from 'node:crypto';
import { ConfigurationError } from '../../errors.js';

/** Node containers are `<name>-control-plane`, `<name>-worker2`…, and their hostnames must stay within 63. */
const MAX_NAME_LENGTH = 50;
const NAME = /^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$/;

/** `inception-<run id>-<attempt>` on GitHub, `inception-<random>` elsewhere. */
export function defaultClusterName(env: NodeJS.ProcessEnv = process.env): string {
  if (env.GITHUB_RUN_ID) return `inception-${env.GITHUB_RUN_ID}-${env.GITHUB_RUN_ATTEMPT || '1'}`;
  return `inception-${randomBytes(3).toString('hex')}`;
}

export function validateClusterName(name: string, where: string): string {
  if (!NAME.test(name) || name.length > MAX_NAME_LENGTH) {
    throw new ConfigurationError(
      `${where}: "${name}" is not a usable kind cluster name; use lowercase letters, digits, "-" and "." ` +
        `(starting and ending with a letter or digit), at most ${MAX_NAME_LENGTH} characters.`,
    );
  }
  return name;
}

/** The kubeconfig context kind writes for a cluster. */
export function kindContext(name: string): string {
  return `kind-${name}`;
}
