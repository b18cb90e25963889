import * as core from '@actions/core';

/** The state an action's main step hands its post step, kept as one typed JSON value. */
export interface ActionState<T extends object> {
  /** Merges `update` into what was saved so far; the runner keeps the last value saved under a name. */
  save(update: Partial<T>): void;
  /** What main saved, or undefined when main saved nothing (it failed before, or never ran). */
  read(): Partial<T> | undefined;
}

/** Never put a secret in state: the runner writes it to a file on disk, unmasked. */
export function actionState<T extends object>(name: string): ActionState<T> {
  let saved: Partial<T> = {};
  return {
    save(update) {
      saved = { ...saved, ...update };
      core.saveState(name, JSON.stringify(saved));
    },
    read() {
      const raw = core.getState(name);
      if (!raw) return undefined;
      return JSON.parse(raw) as Partial<T>;
    },
  };
}
