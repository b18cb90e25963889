import { run } from '../test/support/kind-cluster.js';

/** Runs a command to completion and returns its stdout; throws with its stderr when it fails.
 * test/kind/cluster.ts `run` (which also takes stdin `input`), for callers that want stdout only. */
export async function runCommand(command: string, args: string[]): Promise<string> {
  return (await run(command, args)).stdout;
}
