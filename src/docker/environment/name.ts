import { randomBytes } from 'node:crypto';
import { ConfigurationError } from '../../errors.js';

const VALID = /^[a-z0-9][a-z0-9_.-]{0,62}$/;

/** `<project>-<random>`: unique per call, so two environments from one file never share a name. */
export function generateEnvironmentName(project: string): string {
  const base = project
    .toLowerCase()
    .replace(/[^a-z0-9_.-]+/g, '-')
    .replace(/^[^a-z0-9]+/, '')
    .slice(0, 40)
    .replace(/[^a-z0-9]+$/, '');
  return `${base || 'env'}-${randomBytes(4).toString('hex')}`;
}

export function validateEnvironmentName(name: string, where = 'environment name'): string {
  if (!VALID.test(name)) {
    throw new ConfigurationError(
      `${where} "${name}" is not usable as a Docker name: use lowercase letters, digits, "-", "_" or ".", ` +
        'starting with a letter or digit, at most 63 characters.',
    );
  }
  return name;
}
