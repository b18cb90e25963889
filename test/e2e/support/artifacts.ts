import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DefaultArtifactClient } from '@actions/artifact';
import type { ResultsServer } from '../results-server/server.js';
import { runtimeEnv, withEnv } from './runtime-env.js';
import { readZip } from './zip-reader.js';

/** A job's view of the results service: the real @actions/artifact client, pointed at our server. */
export function artifactClientFor<T>(
  server: ResultsServer,
  identity: { runId: string; jobId?: string },
  body: (client: DefaultArtifactClient) => Promise<T>,
): Promise<T> {
  return withEnv(runtimeEnv(server.url, identity), () => body(new DefaultArtifactClient()));
}

/** Downloads and extracts an artifact of a run with @actions/artifact, as download-artifact does; returns the folder. */
export async function downloadArtifact(server: ResultsServer, runId: string, name: string): Promise<string> {
  const into = await mkdtemp(path.join(os.tmpdir(), `inception-artifact-${runId}-`));
  return artifactClientFor(server, { runId }, async (client) => {
    const { artifact } = await client.getArtifact(name);
    await client.downloadArtifact(artifact.id, { path: into });
    return into;
  });
}

/** An artifact's files straight from the server's directory, `<dir>/<runId>/<name>.zip`. */
export function readArtifactFromDisk(dir: string, runId: string, name: string): Promise<Map<string, Buffer>> {
  return readZip(path.join(dir, runId, `${name}.zip`));
}
