import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { EnvironmentInfo } from '../../docker/environment/index.js';

/** What `inception up` leaves for the next commands: which environment belongs to this config. */
export interface CliState {
  environment: string;
  config: string;
  startedAt: string;
  info: EnvironmentInfo;
}

export function workFolder(configFile: string): string {
  return path.join(path.dirname(configFile), '.inception');
}

/** A JSON file in the config's work folder: what one command leaves for the next. */
export function stateStore<T>(name: string) {
  const file = (configFile: string) => path.join(workFolder(configFile), name);
  return {
    async read(configFile: string): Promise<T | undefined> {
      try {
        return JSON.parse(await readFile(file(configFile), 'utf8')) as T;
      } catch {
        return undefined;
      }
    },
    async write(configFile: string, state: T): Promise<void> {
      await mkdir(workFolder(configFile), { recursive: true });
      await writeFile(file(configFile), JSON.stringify(state, null, 2) + '\n');
    },
    async clear(configFile: string): Promise<void> {
      await rm(file(configFile), { force: true });
    },
  };
}

const environmentState = stateStore<CliState>('state.json');
export const readState = environmentState.read;
export const writeState = environmentState.write;
export const clearState = environmentState.clear;
