import type { ArtifactRecord, ArtifactStore } from './artifact-store.js';
import { optionalInteger, optionalText, optionalTime, text } from './request-fields.js';
import type { RuntimeClaims } from './runtime-token.js';
import type { BlobSigner } from './signed-url.js';
import { TwirpError, type TwirpMethod } from './twirp.js';

/** github.actions.results.api.v1.ArtifactService, as @actions/artifact v2+ (upload-artifact v4+) calls it. */
export function artifactService(store: ArtifactStore, signer: BlobSigner): Record<string, TwirpMethod> {
  return {
    async CreateArtifact(body, claims) {
      const { runBackendId, jobBackendId } = ownJob(body, claims);
      const record = store.create({
        runBackendId,
        jobBackendId,
        name: text(body, 'name'),
        mimeType: optionalText(body, 'mime_type'),
        expiresAt: optionalTime(body, 'expires_at'),
      });
      return { ok: true, signed_upload_url: signer.url('artifact', String(record.id), 'w') };
    },
    async FinalizeArtifact(body, claims) {
      const { runBackendId } = ownJob(body, claims);
      const record = await store.finalize(runBackendId, text(body, 'name'), optionalText(body, 'hash'));
      return { ok: true, artifact_id: String(record.id) };
    },
    async ListArtifacts(body, claims) {
      const records = store.list(ownRun(body, claims), {
        name: optionalText(body, 'name_filter'),
        id: optionalInteger(body, 'id_filter'),
      });
      return { artifacts: records.map(listed) };
    },
    async GetSignedArtifactURL(body, claims) {
      const name = text(body, 'name');
      const [record] = store.list(ownRun(body, claims), { name });
      if (!record) throw new TwirpError('not_found', `no artifact "${name}" in this run`);
      return { signed_url: signer.url('artifact', String(record.id), 'r') };
    },
    async DeleteArtifact(body, claims) {
      const record = await store.delete(ownRun(body, claims), text(body, 'name'));
      return { ok: true, artifact_id: String(record.id) };
    },
  };
}

/** Any job of a run may read the run's artifacts; the token decides which run that is. */
function ownRun(body: Record<string, unknown>, claims: RuntimeClaims): string {
  const runBackendId = text(body, 'workflow_run_backend_id');
  if (runBackendId !== claims.runBackendId) {
    throw new TwirpError('permission_denied', 'the token is not valid for this workflow run');
  }
  return runBackendId;
}

/** Only the job the token was issued to may create and finalize its artifacts. */
function ownJob(
  body: Record<string, unknown>,
  claims: RuntimeClaims,
): { runBackendId: string; jobBackendId: string } {
  const runBackendId = ownRun(body, claims);
  const jobBackendId = text(body, 'workflow_job_run_backend_id');
  if (jobBackendId !== claims.jobBackendId) {
    throw new TwirpError('permission_denied', 'the token is not valid for this job');
  }
  return { runBackendId, jobBackendId };
}

function listed(record: ArtifactRecord): object {
  return {
    workflow_run_backend_id: record.runBackendId,
    workflow_job_run_backend_id: record.jobBackendId,
    database_id: String(record.id),
    name: record.name,
    size: String(record.size),
    created_at: record.createdAt.toISOString(),
    ...(record.digest ? { digest: record.digest } : {}),
  };
}
