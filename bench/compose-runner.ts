import type Docker from 'dockerode';
import { type ComposeReadiness, waitForComposeProject } from './compose-readiness.js';
import { runCommand } from './run-command.js';
import { timed } from './stats.js';

const READY_TIMEOUT_MS = 180_000;

/** Where the time of one docker-compose run went; `buildMs` only for cold runs (warm ones build in `up`). */
export interface ComposePhases {
  totalMs: number;
  buildMs?: number;
  upMs: number;
  waitMs: number;
}

/** Drives docker-compose 1.29 on one compose file, one project name per run. */
export class ComposeBench {
  private readonly created = new Set<string>();
  private readonly running = new Set<string>();

  constructor(
    private readonly docker: Docker,
    private readonly file: string,
    private readonly readiness: ComposeReadiness,
  ) {}

  /** Fails early, with compose's own message, when compose refuses the file (e.g. for its x- keys). */
  async checkAccepted(): Promise<void> {
    await runCommand('docker-compose', ['-f', this.file, 'config', '--quiet']);
  }

  /** `up -d --build` (build cache as it is) plus the wait until ready. */
  async upWarm(project: string): Promise<ComposePhases> {
    return this.measure(project, ['up', '-d', '--build']);
  }

  /** `build --no-cache`, then `up -d`, plus the wait until ready. */
  async upCold(project: string): Promise<ComposePhases> {
    this.created.add(project);
    const buildMs = await timed(() => this.compose(project, ['build', '--no-cache']));
    const phases = await this.measure(project, ['up', '-d']);
    return { ...phases, totalMs: buildMs + phases.totalMs, buildMs };
  }

  async down(project: string): Promise<void> {
    await this.compose(project, ['down', '-v', '--timeout', '5']);
    this.running.delete(project);
  }

  /** Downs what is still up, then removes the `<project>_<service>` images compose built for our projects. */
  async removeAll(): Promise<string[]> {
    for (const project of this.running) await this.down(project);
    const removed: string[] = [];
    for (const project of this.created) {
      for (const service of this.readiness.services) {
        const tag = `${project}_${service}:latest`;
        try {
          await this.docker.getImage(tag).remove();
          removed.push(tag);
        } catch (error) {
          if ((error as { statusCode?: number }).statusCode !== 404) throw error;
        }
      }
    }
    return removed;
  }

  private async measure(project: string, upArgs: string[]): Promise<ComposePhases> {
    this.created.add(project);
    this.running.add(project);
    const upMs = await timed(() => this.compose(project, upArgs));
    const waitMs = await timed(() =>
      waitForComposeProject(this.docker, project, this.readiness, READY_TIMEOUT_MS),
    );
    return { totalMs: upMs + waitMs, upMs, waitMs };
  }

  private compose(project: string, args: string[]): Promise<string> {
    return runCommand('docker-compose', ['-p', project, '-f', this.file, ...args]);
  }
}
