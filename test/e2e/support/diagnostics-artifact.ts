import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { ResultsServer } from '../results-server/server.js';
import { downloadArtifact } from './artifacts.js';

/** A run's diagnostics artifact as a person gets it: downloaded with @actions/artifact; its files by path. */
export async function downloadedDiagnostics(
  server: ResultsServer,
  runId: string,
  name: string,
): Promise<Map<string, string>> {
  const folder = await downloadArtifact(server, runId, name);
  try {
    const files = new Map<string, string>();
    for (const file of await readdir(folder, { recursive: true, withFileTypes: true })) {
      if (!file.isFile()) continue;
      const full = path.join(file.parentPath, file.name);
      files.set(path.relative(folder, full), await readFile(full, 'utf8'));
    }
    return files;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
