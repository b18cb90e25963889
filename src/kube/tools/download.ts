import * as tc from '@actions/tool-cache';
import { readFile, rm } from 'node:fs/promises';
import { errorMessage } from '../../errors.js';
import type { Logger } from '../../log.js';
import { ChecksumMismatchError, parseSha256File } from './checksum.js';
import { sha256OfFile } from '../../shared/files/sha256-file.js';

export type ToolName = 'kind' | 'kubectl';

export interface ToolDownload {
  tool: ToolName;
  version: string;
  url: string;
  checksumUrl: string;
  /** Name of the executable in the tool cache. */
  fileName: string;
}

/** Where each tool is published; the environment variables point tests (or a mirror) elsewhere. */
export const DOWNLOAD_BASES: Record<ToolName, { env: string; base: string }> = {
  kind: {
    env: 'INCEPTION_KIND_DOWNLOAD_BASE',
    base: 'https://github.com/kubernetes-sigs/kind/releases/download',
  },
  kubectl: { env: 'INCEPTION_KUBECTL_DOWNLOAD_BASE', base: 'https://dl.k8s.io/release' },
};

const GO_ARCH: Record<string, string> = { x64: 'amd64', arm64: 'arm64' };

/** The download and checksum URLs of a tool release for this platform. */
export function toolDownload(
  tool: ToolName,
  version: string,
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  arch: string = process.arch,
): ToolDownload {
  const os = platform === 'win32' ? 'windows' : platform;
  const goArch = GO_ARCH[arch] ?? arch;
  const exe = os === 'windows' ? '.exe' : '';
  const base = (env[DOWNLOAD_BASES[tool].env] || DOWNLOAD_BASES[tool].base).replace(/\/+$/, '');
  if (tool === 'kind') {
    const url = `${base}/${version}/kind-${os}-${goArch}${exe}`;
    return { tool, version, url, checksumUrl: `${url}.sha256sum`, fileName: `kind${exe}` };
  }
  const url = `${base}/${version}/bin/${os}/${goArch}/kubectl${exe}`;
  return { tool, version, url, checksumUrl: `${url}.sha256`, fileName: `kubectl${exe}` };
}

export interface VerifiedDownload {
  file: string;
  /** The published digest, which the file's matches. */
  sha256: string;
}

/**
 * Downloads a release and its published sha256, and returns the file only when they agree; on a mismatch
 * the file is deleted and ChecksumMismatchError names both digests and the URL.
 */
export async function downloadVerified(download: ToolDownload, logger: Logger): Promise<VerifiedDownload> {
  logger.info(`downloading ${download.url}`);
  const checksumFile = await downloadOrExplain(download.checksumUrl, download);
  let expected: string;
  try {
    expected = parseSha256File(await readFile(checksumFile, 'utf8'), download.url.split('/').at(-1));
  } finally {
    await rm(checksumFile, { force: true });
  }
  const file = await downloadOrExplain(download.url, download);
  const actual = await sha256OfFile(file);
  if (actual !== expected) {
    await rm(file, { force: true });
    throw new ChecksumMismatchError(download.url, expected, actual);
  }
  logger.info(`sha256 ${actual} matches ${download.checksumUrl}`);
  return { file, sha256: actual };
}

async function downloadOrExplain(url: string, download: ToolDownload): Promise<string> {
  try {
    return await tc.downloadTool(url);
  } catch (error) {
    throw new Error(
      `could not download ${download.tool} ${download.version} from ${url}: ${errorMessage(error)}. ` +
        `Check the version, or set ${DOWNLOAD_BASES[download.tool].env} to a mirror.`,
    );
  }
}
