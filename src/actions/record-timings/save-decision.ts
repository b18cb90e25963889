import { readFileSync } from 'node:fs';

export type SaveDecision = { save: true; ref: string } | { save: false; reason: string };

/**
 * Timings are saved only from the default branch: every branch and pull request reads the default
 * branch's caches, so they all plan from its timings, and none of them can put a slow or broken run's
 * timings in front of the others. `defaultBranch` (the input) wins over the event's
 * `repository.default_branch`; without either the run cannot tell, and does not save.
 */
export function saveDecision(env: NodeJS.ProcessEnv, defaultBranch?: string): SaveDecision {
  const ref = env.GITHUB_REF ?? '';
  if (ref === '') return { save: false, reason: 'GITHUB_REF is not set, so this run names no branch' };
  const branch = defaultBranch ?? eventDefaultBranch(env.GITHUB_EVENT_PATH);
  if (!branch) {
    return {
      save: false,
      reason:
        'the default branch is not known: the event names no repository.default_branch; set "default-branch" (e.g. main)',
    };
  }
  const expected = branch.startsWith('refs/') ? branch : `refs/heads/${branch}`;
  if (ref !== expected) {
    return {
      save: false,
      reason: `${ref} is not the default branch (${expected}): pull requests and other branches read the default branch's timings but never write any`,
    };
  }
  return { save: true, ref };
}

function eventDefaultBranch(eventPath: string | undefined): string | undefined {
  if (!eventPath) return undefined;
  try {
    const event = JSON.parse(readFileSync(eventPath, 'utf8')) as {
      repository?: { default_branch?: unknown };
    };
    const branch = event.repository?.default_branch;
    return typeof branch === 'string' && branch !== '' ? branch : undefined;
  } catch {
    return undefined;
  }
}
