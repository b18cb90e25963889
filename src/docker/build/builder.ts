import type Docker from 'dockerode';
import { errorMessage } from '../../errors.js';

/** Which builder the engine is asked for; `reason` says why BuildKit is not used. */
export type Builder = { kind: 'buildkit' } | { kind: 'classic'; reason: string };

/** BuildKit over the API needs a Linux engine and API 1.39+ (the `/session` endpoint). */
const BUILDKIT_MIN_API = [1, 39] as const;

export async function chooseBuilder(docker: Docker, env: NodeJS.ProcessEnv = process.env): Promise<Builder> {
  if (env.DOCKER_BUILDKIT === '0') return { kind: 'classic', reason: 'DOCKER_BUILDKIT=0 is set' };
  let version: Docker.DockerVersion;
  try {
    version = await docker.version();
  } catch (error) {
    return { kind: 'classic', reason: `the engine's version could not be read (${errorMessage(error)})` };
  }
  if (version.Os && version.Os !== 'linux') {
    return {
      kind: 'classic',
      reason: `the engine runs ${version.Os} containers and BuildKit needs a Linux engine`,
    };
  }
  const [major = 0, minor = 0] = (version.ApiVersion ?? '0.0').split('.').map(Number);
  if (major < BUILDKIT_MIN_API[0] || (major === BUILDKIT_MIN_API[0] && minor < BUILDKIT_MIN_API[1])) {
    return {
      kind: 'classic',
      reason: `the engine's API ${version.ApiVersion} is older than ${BUILDKIT_MIN_API.join('.')}, which BuildKit needs`,
    };
  }
  return { kind: 'buildkit' };
}
