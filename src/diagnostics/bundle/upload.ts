import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { errorMessage } from '../../errors.js';
import type { Logger } from '../../log.js';

export interface UploadOptions {
  name: string;
  dir: string;
  retentionDays?: number;
  logger: Logger;
  env?: Record<string, string | undefined>;
}

export interface UploadedArtifact {
  id?: number;
  size?: number;
}

/**
 * Uploads every file under `dir` as one artifact. Never throws: a failed upload is a warning, and off a
 * runner (no ACTIONS_RUNTIME_TOKEN) it only says where the folder is.
 */
export async function uploadDiagnostics(options: UploadOptions): Promise<UploadedArtifact | undefined> {
  const { name, dir, logger } = options;
  const env = options.env ?? process.env;
  if (!env.ACTIONS_RUNTIME_TOKEN) {
    logger.info(`Not on a GitHub Actions runner (no ACTIONS_RUNTIME_TOKEN): diagnostics stay in ${dir}`);
    return undefined;
  }
  try {
    const files = await listFiles(dir);
    if (files.length === 0) {
      logger.info(`No diagnostics files in ${dir}; nothing to upload`);
      return undefined;
    }
    // The artifact client is loaded only to upload: every action's start would pay for it otherwise.
    const { DefaultArtifactClient } = await import('@actions/artifact');
    const response = await new DefaultArtifactClient().uploadArtifact(name, files, dir, {
      retentionDays: options.retentionDays,
    });
    logger.info(
      `Uploaded ${files.length} file(s) as artifact "${name}" (id ${response.id}, ${response.size} bytes)`,
    );
    return { id: response.id, size: response.size };
  } catch (error) {
    logger.warn(
      `Could not upload diagnostics artifact "${name}" (${errorMessage(error)}); the files are in ${dir}`,
    );
    return undefined;
  }
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}
