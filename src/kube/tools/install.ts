import * as tc from '@actions/tool-cache';
import { constants } from 'node:fs';
import { access, chmod } from 'node:fs/promises';
import path from 'node:path';
import { errorMessage } from '../../errors.js';
import type { Logger } from '../../log.js';
import { actionsCacheOffered, restoreFromActionsCache, saveToActionsCache } from './actions-cache.js';
import { downloadVerified, toolDownload, type ToolName } from './download.js';
import { runProgram } from '../../shared/process/run-command.js';
import {
  kubectlSupportsServer,
  parseKindVersionOutput,
  parseKubectlVersionOutput,
  sameRelease,
  toolCacheVersion,
} from './version.js';

export interface InstalledTool {
  tool: ToolName;
  /** The executable. */
  path: string;
  /** Its folder, to put on PATH for later steps. */
  dir: string;
  /** What the binary reports (preinstalled) or the release installed. */
  version: string;
  source: 'preinstalled' | 'tool-cache' | 'actions-cache' | 'download';
}

export interface InstallOptions {
  logger: Logger;
  env?: NodeJS.ProcessEnv;
  /**
   * Restore a release from the Actions cache before downloading it, and save a verified download there, when
   * the runner has a cache service (hosted runners keep no tool cache between runs). Default false.
   */
  actionsCache?: boolean;
}

/**
 * kind `version`: the one on PATH when it reports that version, else the tool cache, else the Actions cache
 * (when asked), else a verified download.
 */
export async function installKind(version: string, options: InstallOptions): Promise<InstalledTool> {
  const env = options.env ?? process.env;
  const onPath = await findOnPath('kind', env);
  if (onPath) {
    const reported = parseKindVersionOutput((await runProgram(onPath, ['version'], { env })).stdout);
    if (reported && sameRelease(reported, version)) return preinstalled('kind', onPath, reported);
    options.logger.info(`kind on PATH (${onPath}) reports ${reported ?? 'no version'}, not ${version}`);
  }
  return cachedOrDownloaded('kind', version, options);
}

export interface KubectlRequest {
  /** An exact release; when absent, any kubectl the server supports is used, else the server's release. */
  version?: string;
  /** The API server's gitVersion, e.g. v1.33.1. */
  serverVersion: string;
}

export async function installKubectl(
  request: KubectlRequest,
  options: InstallOptions,
): Promise<InstalledTool> {
  const env = options.env ?? process.env;
  const wanted = request.version ?? releaseOf(request.serverVersion);
  const onPath = await findOnPath('kubectl', env);
  if (onPath) {
    const output = await runProgram(onPath, ['version', '--client', '-o', 'json'], { env });
    const reported = parseKubectlVersionOutput(output.stdout);
    const fits = reported
      ? request.version
        ? sameRelease(reported, request.version)
        : kubectlSupportsServer(reported, request.serverVersion)
      : false;
    if (reported && fits) return preinstalled('kubectl', onPath, reported);
    const why = request.version
      ? `not ${request.version}`
      : `outside one minor version of the server ${request.serverVersion}`;
    options.logger.info(`kubectl on PATH (${onPath}) reports ${reported ?? 'no version'}, ${why}`);
  }
  return cachedOrDownloaded('kubectl', wanted, options);
}

/** `v1.33.1-gke.200` → `v1.33.1`: releases are published without build suffixes. */
function releaseOf(gitVersion: string): string {
  return /^v?\d+\.\d+\.\d+/.exec(gitVersion)?.[0].replace(/^v?/, 'v') ?? gitVersion;
}

function preinstalled(tool: ToolName, file: string, version: string): InstalledTool {
  return { tool, path: file, dir: path.dirname(file), version, source: 'preinstalled' };
}

async function cachedOrDownloaded(
  tool: ToolName,
  version: string,
  options: InstallOptions,
): Promise<InstalledTool> {
  const env = options.env ?? process.env;
  const download = toolDownload(tool, version, env);
  const cacheVersion = toolCacheVersion(version);
  const cached = tc.find(tool, cacheVersion);
  if (cached) {
    const file = path.join(cached, download.fileName);
    if (await isExecutable(file)) return { tool, path: file, dir: cached, version, source: 'tool-cache' };
  }
  const actionsCache = options.actionsCache === true && actionsCacheOffered(env);
  if (actionsCache) {
    const restored = await restoreFromActionsCache(download, options.logger);
    if (restored) {
      try {
        const dir = await intoToolCache(restored.file, tool, version, download.fileName);
        return { tool, path: path.join(dir, download.fileName), dir, version, source: 'actions-cache' };
      } finally {
        await restored.discard();
      }
    }
  }
  const { file, sha256 } = await downloadVerified(download, options.logger);
  const dir = await intoToolCache(file, tool, version, download.fileName);
  const installed = path.join(dir, download.fileName);
  if (actionsCache) await saveToActionsCache(download, installed, sha256, options.logger);
  return { tool, path: installed, dir, version, source: 'download' };
}

async function intoToolCache(
  file: string,
  tool: ToolName,
  version: string,
  fileName: string,
): Promise<string> {
  await chmod(file, 0o755);
  try {
    return await tc.cacheFile(file, fileName, tool, toolCacheVersion(version));
  } catch (error) {
    throw new Error(`could not put ${tool} ${version} into the tool cache: ${errorMessage(error)}`);
  }
}

/** The first executable `name` in PATH, as a shell would find it. */
export async function findOnPath(
  name: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string | undefined> {
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const file = path.join(dir, name);
    if (await isExecutable(file)) return file;
  }
  return undefined;
}

async function isExecutable(file: string): Promise<boolean> {
  try {
    await access(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
