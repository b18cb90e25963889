import { LABEL_MANAGED, LABEL_RUN } from '../../shared/identity/labels.js';

/**
 * Labels of a built image: OCI metadata from the GitHub context when present, the user's labels,
 * and ours last so a user label cannot hide an image from cleanup.
 */
export function imageLabels(
  runTag: string,
  userLabels: Record<string, string>,
  env: NodeJS.ProcessEnv = process.env,
  now = new Date(),
): Record<string, string> {
  const labels: Record<string, string> = { 'org.opencontainers.image.created': now.toISOString() };
  if (env.GITHUB_REPOSITORY) {
    const server = env.GITHUB_SERVER_URL || 'https://github.com';
    labels['org.opencontainers.image.source'] = `${server}/${env.GITHUB_REPOSITORY}`;
  }
  if (env.GITHUB_SHA) labels['org.opencontainers.image.revision'] = env.GITHUB_SHA;
  return { ...labels, ...userLabels, [LABEL_MANAGED]: 'true', [LABEL_RUN]: runTag };
}
