import { randomBytes } from 'node:crypto';
import { ConfigurationError } from '../../errors.js';

const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const NAME_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const REGISTRY_HOST = /^(?:[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*|\[[0-9A-Fa-f:]+\])(?::\d+)?$/;

/**
 * The tag every image of one run gets: `run-<id>-<attempt>` on GitHub, `local-<yyyymmddhhmmss>-<random>`
 * elsewhere, so two runs never share a tag.
 */
export function defaultRunTag(env: NodeJS.ProcessEnv = process.env, now = new Date()): string {
  if (env.GITHUB_RUN_ID) return `run-${env.GITHUB_RUN_ID}-${env.GITHUB_RUN_ATTEMPT || '1'}`;
  const stamp = now.toISOString().replace(/\D/g, '').slice(0, 14);
  return `local-${stamp}-${randomBytes(3).toString('hex')}`;
}

/** A tag we may put on a built image; `latest` is refused with the reason. */
export function validateTag(tag: string, where: string): string {
  if (tag === 'latest') {
    throw new ConfigurationError(
      `${where}: the tag "latest" is not allowed. kind and Kubernetes always pull ":latest" images ` +
        '(imagePullPolicy Always), so a locally built or loaded image would be ignored, and runs tagged ' +
        '"latest" cannot be told apart. Leave the tag out to get a unique tag per run, or give a specific one.',
    );
  }
  if (!TAG.test(tag)) {
    throw new ConfigurationError(
      `${where}: "${tag}" is not a valid image tag; use letters, digits, "_", "." and "-" (at most 128, not starting with "." or "-").`,
    );
  }
  return tag;
}

/** An image name without a tag: lowercase path components, optionally after a registry host. */
export function validateImageName(name: string, where: string): string {
  const parts = name.split('/');
  const hasHost = parts.length > 1 && /[.:]|^localhost$/.test(parts[0] as string);
  if (hasHost && !REGISTRY_HOST.test(parts[0] as string)) {
    throw new ConfigurationError(`${where}: "${parts[0]}" in "${name}" is not a valid registry host.`);
  }
  const path = hasHost ? parts.slice(1) : parts;
  const lastPart = path.at(-1) ?? '';
  if (lastPart.includes(':') || lastPart.includes('@')) {
    throw new ConfigurationError(
      `${where}: "${name}" carries a tag or digest; give the name alone (the run tag is added) and put extra tags in "tags".`,
    );
  }
  if (path.length === 0 || !path.every((component) => NAME_COMPONENT.test(component))) {
    throw new ConfigurationError(
      `${where}: "${name}" is not a valid image name; use lowercase letters, digits and single ".", "_" or "-" between them, with "/" between components.`,
    );
  }
  return name;
}

/**
 * `<name>:<runTag>` first, then the extra tags: a bare tag (`v1`) is applied to `name`,
 * anything with `/` or `:` is a full reference that must carry its own tag.
 */
export function imageReferences(name: string, runTag: string, extraTags: string[], where: string): string[] {
  const refs = [`${name}:${validateTag(runTag, `${where} run tag`)}`];
  for (const extra of extraTags) {
    if (!extra.includes('/') && !extra.includes(':')) {
      refs.push(`${name}:${validateTag(extra, `${where} tags`)}`);
      continue;
    }
    const colon = extra.lastIndexOf(':');
    if (colon <= extra.lastIndexOf('/')) {
      throw new ConfigurationError(
        `${where} tags: "${extra}" is a reference without a tag; write "${extra}:<tag>" (not "latest").`,
      );
    }
    validateImageName(extra.slice(0, colon), `${where} tags`);
    refs.push(`${extra.slice(0, colon)}:${validateTag(extra.slice(colon + 1), `${where} tags`)}`);
  }
  return [...new Set(refs)];
}
