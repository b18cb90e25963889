import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from './act.js';

/** How the README's examples name this repository: `uses: org/inception-actions@v1`. */
export const ACTIONS_REPOSITORY = 'org/inception-actions';
export const ACTIONS_REF = 'v1';

const checkoutStandIn = path.join(repoRoot, 'test/e2e/support/checkout-stand-in');
const artifactStandIn = path.join(repoRoot, 'test/e2e/support/artifact-stand-in');

export interface ActionsRepository {
  /** Run act here (runWorkflow's `workdir`): it is also the repository under test, holding fixtures/. */
  dir: string;
  /** Variables the runs need (runWorkflow's `env`). */
  env: Record<string, string>;
  remove(): Promise<void>;
}

/**
 * This checkout as a workflow reaches it by name, `org/inception-actions[/path]@v1`, under act: a copy of
 * the repository as a release tag would hold it (tracked and new files, dist/ included, nothing git
 * ignores, so no node_modules), mapped with act's `--local-repository`. The flags go in the copy's .actrc,
 * which act reads from the folder it runs in. `actions/checkout@v4` of another repository (the reusable
 * workflow's checkout of its own actions) is mapped to a stand-in that copies the same folder, and
 * upload-artifact / download-artifact to stand-ins calling @actions/artifact (artifact-stand-in/).
 */
export async function actionsRepository(): Promise<ActionsRepository> {
  await distComplete();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'inception-actions-v1-'));
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: repoRoot,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
    .split('\0')
    .filter((file) => file !== '' && existsSync(path.join(repoRoot, file)));
  for (const file of files) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await copyFile(path.join(repoRoot, file), path.join(dir, file));
  }
  // A repository, as a tag's checkout is: act reads github.sha, ref and repository from git.
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=e2e', '-c', 'user.email=e2e@localhost', ...args], {
      cwd: dir,
      stdio: 'ignore',
    });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '--no-verify', '-m', `${ACTIONS_REPOSITORY}@${ACTIONS_REF}`);
  git('remote', 'add', 'origin', `https://github.com/${ACTIONS_REPOSITORY}`);
  await writeFile(
    path.join(dir, '.actrc'),
    [
      `--local-repository ${ACTIONS_REPOSITORY}@${ACTIONS_REF}=${dir}`,
      `--local-repository actions/checkout@v4=${checkoutStandIn}`,
      `--local-repository actions/upload-artifact@v4=${path.join(artifactStandIn, 'upload')}`,
      `--local-repository actions/download-artifact@v4=${path.join(artifactStandIn, 'download')}`,
      '',
    ].join('\n'),
  );
  return {
    dir,
    env: {
      INCEPTION_E2E_CHECKOUT_SOURCE: dir,
      INCEPTION_E2E_TSX: path.join(repoRoot, 'node_modules/.bin/tsx'),
      INCEPTION_E2E_ARTIFACTS: path.join(artifactStandIn, 'artifacts.ts'),
    },
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

/** `npm run build` (ours or another's) empties dist/ and writes dist/cli/index.js last: wait for it. */
async function distComplete(timeoutMs = 5 * 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const last = path.join(repoRoot, 'dist/cli/index.js');
  while (!existsSync(last)) {
    if (Date.now() > deadline) throw new Error(`${last} is missing: run \`npm run build\` first`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

/** runWorkflow's options for a run in the copy. */
export function runIn(repository: ActionsRepository): { workdir: string; env: Record<string, string> } {
  return { workdir: repository.dir, env: repository.env };
}
