import { ConfigurationError } from '../../errors.js';

export interface ToolVersion {
  major: number;
  minor: number;
  patch: number;
}

const VERSION = /v?(\d+)\.(\d+)\.(\d+)/;

/** `v1.33.1`, `1.33.1`, `v1.32.4-dispatcher` → its numbers; undefined when there are none. */
export function parseVersion(text: string): ToolVersion | undefined {
  const match = VERSION.exec(text);
  if (!match) return undefined;
  return { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3]) };
}

export function formatVersion(version: ToolVersion): string {
  return `v${version.major}.${version.minor}.${version.patch}`;
}

/** A version a user wrote (`v0.29.0` or `0.29.0`) as `v0.29.0`; anything else is refused. */
export function requireVersion(text: string, where: string): string {
  const trimmed = text.trim();
  if (!/^v?\d+\.\d+\.\d+$/.test(trimmed)) {
    throw new ConfigurationError(
      `${where}: "${text}" is not a version; write it as v<major>.<minor>.<patch>, e.g. v0.29.0.`,
    );
  }
  return trimmed.startsWith('v') ? trimmed : `v${trimmed}`;
}

/** The tool cache keys versions by plain semver. */
export function toolCacheVersion(version: string): string {
  return version.replace(/^v/, '');
}

/** `kind version` prints `kind v0.29.0 go1.24.2 linux/amd64`. */
export function parseKindVersionOutput(output: string): string | undefined {
  const match = /^kind (v\d+\.\d+\.\d+\S*)/m.exec(output.trim());
  return match?.[1];
}

/** `kubectl version --client -o json` → clientVersion.gitVersion. */
export function parseKubectlVersionOutput(output: string): string | undefined {
  try {
    const parsed = JSON.parse(output) as { clientVersion?: { gitVersion?: unknown } };
    const version = parsed.clientVersion?.gitVersion;
    return typeof version === 'string' ? version : undefined;
  } catch {
    return undefined;
  }
}

/** kubectl is supported within one minor version of the API server (Kubernetes' version skew policy). */
export function kubectlSupportsServer(kubectl: string, server: string): boolean {
  const client = parseVersion(kubectl);
  const api = parseVersion(server);
  if (!client || !api || client.major !== api.major) return false;
  return Math.abs(client.minor - api.minor) <= 1;
}

/** Same major.minor.patch, whatever build suffix either carries. */
export function sameRelease(a: string, b: string): boolean {
  const left = parseVersion(a);
  const right = parseVersion(b);
  return !!left && !!right && formatVersion(left) === formatVersion(right);
}
