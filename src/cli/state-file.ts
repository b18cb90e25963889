import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { EnvironmentInfo } from '../docker/environment/index.js';

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

const stateFile = (configFile: string) => path.join(workFolder(configFile), 'state.json');

export async function readState(configFile: string): Promise<CliState | undefined> {
  try {
    return JSON.parse(await readFile(stateFile(configFile), 'utf8')) as CliState;
  } catch {
    return undefined;
  }
}

export async function writeState(configFile: string, state: CliState): Promise<void> {
  await mkdir(workFolder(configFile), { recursive: true });
  await writeFile(stateFile(configFile), JSON.stringify(state, null, 2) + '\n');
}

export async function clearState(configFile: string): Promise<void> {
  await rm(stateFile(configFile), { force: true });
}
