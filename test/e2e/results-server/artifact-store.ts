import { rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { BlobTarget } from './blob-routes.js';
import { artifactNameProblem, isSafeBackendId } from './artifact-name.js';
import type { BlobPermission } from './signed-url.js';
import { TwirpError } from './twirp.js';

export interface ArtifactRecord {
  id: number;
  runBackendId: string;
  jobBackendId: string;
  name: string;
  mimeType: string;
  /** `<dir>/<runBackendId>/<name>.zip` (a file uploaded without archiving keeps its name). */
  path: string;
  createdAt: Date;
  expiresAt?: Date;
  finalized: boolean;
  size: number;
  digest?: string;
}

const ZIP = 'application/zip';

/** Artifacts by workflow run, with GitHub's rule that a name is used once per run (every attempt included). */
export class ArtifactStore {
  private readonly records: ArtifactRecord[] = [];
  private nextId = 1;

  constructor(private readonly dir: string) {}

  create(request: {
    runBackendId: string;
    jobBackendId: string;
    name: string;
    mimeType?: string;
    expiresAt?: Date;
  }): ArtifactRecord {
    const { runBackendId, name } = request;
    if (!isSafeBackendId(runBackendId) || !isSafeBackendId(request.jobBackendId)) {
      throw new TwirpError('invalid_argument', 'invalid workflow run or job backend id');
    }
    const problem = artifactNameProblem(name);
    if (problem) throw new TwirpError('invalid_argument', `invalid artifact name "${name}": ${problem}`);
    const existing = this.records.findIndex((r) => r.runBackendId === runBackendId && r.name === name);
    if (existing >= 0 && this.records[existing]!.finalized) {
      throw new TwirpError('already_exists', 'an artifact with this name already exists on the workflow run');
    }
    // An upload that never finalized holds no name: its retry may take it.
    if (existing >= 0) this.records.splice(existing, 1);
    const mimeType = request.mimeType || ZIP;
    const fileName = mimeType === ZIP && !name.toLowerCase().endsWith('.zip') ? `${name}.zip` : name;
    const record: ArtifactRecord = {
      id: this.nextId++,
      runBackendId,
      jobBackendId: request.jobBackendId,
      name,
      mimeType,
      path: path.join(this.dir, runBackendId, fileName),
      createdAt: new Date(),
      expiresAt: request.expiresAt,
      finalized: false,
      size: 0,
    };
    this.records.push(record);
    return record;
  }

  async finalize(runBackendId: string, name: string, digest?: string): Promise<ArtifactRecord> {
    const record = this.records.find(
      (r) => r.runBackendId === runBackendId && r.name === name && !r.finalized,
    );
    if (!record) throw new TwirpError('not_found', `no artifact "${name}" is being uploaded in this run`);
    const size = await stat(record.path).then(
      (info) => info.size,
      () => undefined,
    );
    if (size === undefined)
      throw new TwirpError('failed_precondition', `artifact "${name}" has no uploaded content`);
    Object.assign(record, { finalized: true, size, digest });
    return record;
  }

  /** Finalized artifacts of a run, oldest first. */
  list(runBackendId: string, filter: { name?: string; id?: number } = {}): ArtifactRecord[] {
    return this.records.filter(
      (r) =>
        r.finalized &&
        r.runBackendId === runBackendId &&
        (filter.name === undefined || r.name === filter.name) &&
        (filter.id === undefined || r.id === filter.id),
    );
  }

  async delete(runBackendId: string, name: string): Promise<ArtifactRecord> {
    const index = this.records.findIndex(
      (r) => r.finalized && r.runBackendId === runBackendId && r.name === name,
    );
    if (index < 0) throw new TwirpError('not_found', `no artifact "${name}" in this run`);
    const [record] = this.records.splice(index, 1);
    await rm(record!.path, { force: true });
    return record!;
  }

  /** An artifact's blob is written until it is finalized, and read after. */
  blobTarget(id: string, permission: BlobPermission): BlobTarget | undefined {
    const record = this.records.find((r) => String(r.id) === id);
    if (!record || record.finalized !== (permission === 'r')) return undefined;
    return { path: record.path, contentType: record.mimeType, fileName: path.basename(record.path) };
  }
}
