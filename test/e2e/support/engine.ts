import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from './act.js';

/** Starts the engine the way .ci/setup does when nothing answers. */
export async function ensureEngine(): Promise<void> {
  try {
    execFileSync('docker', ['info'], { stdio: 'ignore' });
  } catch {
    execFileSync('bash', [path.join(repoRoot, '.ci/start-docker.sh')], { stdio: 'inherit' });
  }
}
