import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type Docker from 'dockerode';
import { runCommand } from './run-command.js';
import { timed } from './stats.js';

/** Where the time of one compose v2 run went; `buildMs` only for cold runs (warm ones build in `up`). */
export interface ComposeV2Run {
  totalMs: number;
  buildMs?: number;
  upMs: number;
  downMs: number;
}

/** Drives `docker compose` v2 (the CLI plugin) on one compose file, one project name per run. Its own
 * `up --wait` decides when the project is ready: healthy where there is a healthcheck, running otherwise,
 * one-shot services exited 0. */
export class ComposeV2Bench {
  private readonly projects = new Set<string>();

  constructor(
    private readonly docker: Docker,
    private readonly file: string,
  ) {}

  async checkAccepted(): Promise<void> {
    await runCommand('docker', ['compose', '-f', this.file, 'config', '--quiet']);
  }

  /** `up -d --wait --build` (build cache as it is), then `down -v`. */
  async warm(project: string): Promise<ComposeV2Run> {
    const upMs = await this.up(project, ['up', '-d', '--wait', '--build']);
    return { upMs, totalMs: upMs, downMs: await this.down(project) };
  }

  /** `up -d --wait --build` of every project at once; the wall time until the last is up. `downAtOnce`
   * removes them. */
  async upAtOnce(projects: string[]): Promise<number> {
    for (const project of projects) this.projects.add(project);
    return timed(() =>
      Promise.all(projects.map((project) => this.compose(project, ['up', '-d', '--wait', '--build']))),
    );
  }

  async downAtOnce(projects: string[]): Promise<void> {
    await Promise.all(projects.map((project) => this.down(project)));
  }

  /** `build --no-cache`, then `up -d --wait`, then `down -v`. */
  async cold(project: string): Promise<ComposeV2Run> {
    this.projects.add(project);
    const buildMs = await timed(() => this.compose(project, ['build', '--no-cache']));
    const upMs = await this.up(project, ['up', '-d', '--wait']);
    return { buildMs, upMs, totalMs: buildMs + upMs, downMs: await this.down(project) };
  }

  /** Downs a project left by a failed run and removes the images compose built for the bench's projects. */
  async removeAll(): Promise<number> {
    let removed = 0;
    for (const project of this.projects) {
      await this.compose(project, ['down', '-v', '--timeout', '1']).catch(() => undefined);
    }
    // Compose names its images <project>-<service>; the bench's project names are its own, so the prefix is.
    const projects = [...this.projects];
    for (const image of await this.docker.listImages()) {
      for (const tag of image.RepoTags ?? []) {
        if (projects.some((project) => tag.startsWith(`${project}-`))) {
          await this.docker
            .getImage(tag)
            .remove()
            .catch(() => undefined);
          removed++;
        }
      }
    }
    return removed;
  }

  private async up(project: string, args: string[]): Promise<number> {
    this.projects.add(project);
    return timed(() => this.compose(project, args));
  }

  private down(project: string): Promise<number> {
    return timed(() => this.compose(project, ['down', '-v']));
  }

  private compose(project: string, args: string[]): Promise<string> {
    return runCommand('docker', ['compose', '-p', project, '-f', this.file, ...args]);
  }
}

/** Builds and installs compose v2 as the docker CLI plugin when it is missing (it says so); its version. */
export function installComposeV2(): string {
  const script = fileURLToPath(new URL('compose-v2/install.sh', import.meta.url));
  const out = execFileSync('bash', [script], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  return execFileSync(out.trim().split('\n').at(-1)!, ['version', '--short'], { encoding: 'utf8' }).trim();
}
