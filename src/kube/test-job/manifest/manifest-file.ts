import type { V1Job } from '@kubernetes/client-node';
import { readFile } from 'node:fs/promises';
import { parseAllDocuments } from 'yaml';
import { ConfigurationError, errorMessage } from '../../../errors.js';

/** The one batch/v1 Job in a YAML file (other documents, e.g. a ConfigMap, are not applied). */
export async function readJobManifest(path: string): Promise<V1Job> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new ConfigurationError(`Job manifest ${path} cannot be read: ${errorMessage(error)}`);
  }
  return parseJobManifest(text, path);
}

export function parseJobManifest(text: string, where: string): V1Job {
  const objects: unknown[] = [];
  for (const document of parseAllDocuments(text)) {
    if (document.errors.length > 0) {
      throw new ConfigurationError(`Job manifest ${where} is not valid YAML: ${document.errors[0]?.message}`);
    }
    const value: unknown = document.toJS();
    if (value !== null && value !== undefined) objects.push(value);
  }
  const jobs = objects.filter(
    (value): value is V1Job => typeof value === 'object' && (value as { kind?: unknown }).kind === 'Job',
  );
  if (jobs.length !== 1) {
    throw new ConfigurationError(
      `Job manifest ${where} must hold exactly one object of kind Job; it holds ${jobs.length}.`,
    );
  }
  const job = jobs[0] as V1Job;
  if (job.apiVersion !== 'batch/v1') {
    throw new ConfigurationError(
      `Job manifest ${where}: apiVersion is "${String(job.apiVersion)}"; write batch/v1.`,
    );
  }
  return job;
}
