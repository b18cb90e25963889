// A Docker engine of the test's own, beside the machine's: its own data root, exec root, pid file, socket
// and address pool, no iptables rules and no default bridge, and its own network namespace (`unshare
// --net`), so that stopping or restarting it touches no other test. Without that namespace a dockerd
// started with --bridge=none deletes the host's docker0, which the machine's engine needs for every build. Started the way .ci/start-docker.sh starts the main one (same runtime), images copied from
// the main engine with `docker save | docker load` (nothing can be pulled).
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomInt } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import Docker from 'dockerode';

const RUNTIME = '/usr/local/lib/inception/runc-drop-sys-resource';
const START_TIMEOUT_MS = 30_000;

export class OwnEngine {
  private process?: ChildProcess;
  private readonly pool = `10.${randomInt(200, 250)}.0.0/16`;

  private constructor(readonly dir: string) {}

  /** The socket path; DOCKER_HOST is `unix://` + it. */
  get socket(): string {
    return path.join(this.dir, 'docker.sock');
  }

  get host(): string {
    return `unix://${this.socket}`;
  }

  client(): Docker {
    return new Docker({ socketPath: this.socket });
  }

  /** Starts one, or rejects saying why it cannot run here. */
  static async start(): Promise<OwnEngine> {
    // A short path: a unix socket's path is at most 107 bytes.
    const engine = new OwnEngine(await mkdtemp(`/tmp/inc-engine-${randomBytes(2).toString('hex')}-`));
    await engine.launch();
    return engine;
  }

  /** SIGTERM to our dockerd, wait for it to exit, start it again on the same folders. */
  async restart(): Promise<void> {
    await this.stop();
    await this.launch();
  }

  async stop(): Promise<void> {
    const child = this.process;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    await exited;
  }

  /** Stops it and removes its folders (its containers, images and volumes with them). */
  async destroy(): Promise<void> {
    await this.stop();
    await rm(this.dir, { recursive: true, force: true }).catch(() => undefined);
  }

  /** Copies `image` from the machine's engine. */
  async loadImage(image: string): Promise<void> {
    const save = spawn('docker', ['save', image], { stdio: ['ignore', 'pipe', 'inherit'] });
    const load = spawn('docker', ['load', '-q'], {
      env: { ...process.env, DOCKER_HOST: this.host },
      stdio: ['pipe', 'ignore', 'inherit'],
    });
    save.stdout.pipe(load.stdin);
    const codes = await Promise.all(
      [save, load].map((child) => new Promise<number | null>((resolve) => child.on('close', resolve))),
    );
    if (codes.some((code) => code !== 0)) throw new Error(`copying ${image} failed (exit codes ${codes})`);
  }

  private async launch(): Promise<void> {
    const args = [
      '--data-root',
      path.join(this.dir, 'data'),
      '--exec-root',
      path.join(this.dir, 'exec'),
      '--pidfile',
      path.join(this.dir, 'dockerd.pid'),
      '-H',
      this.host,
      '--bridge=none',
      '--iptables=false',
      '--ip-masq=false',
      '--default-address-pool',
      `base=${this.pool},size=24`,
      '--shutdown-timeout',
      '2',
      ...(existsSync(RUNTIME)
        ? ['--add-runtime', `inception-runc=${RUNTIME}`, '--default-runtime', 'inception-runc']
        : []),
    ];
    let output = '';
    // unshare execs dockerd in place, so the child's pid is dockerd's and SIGTERM reaches it.
    const child = spawn('unshare', ['--net', 'dockerd', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    for (const stream of [child.stdout, child.stderr]) {
      stream.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
    }
    const failed = new Promise<never>((_, reject) => {
      child.once('error', (error) => reject(new Error(`dockerd cannot run: ${error.message}`)));
      child.once('exit', (code) => reject(new Error(`dockerd exited with ${code}:\n${output}`)));
    });
    failed.catch(() => undefined);
    this.process = child;
    const docker = this.client();
    const deadline = Date.now() + START_TIMEOUT_MS;
    for (;;) {
      const up = await Promise.race([
        docker.ping().then(
          () => true,
          () => false,
        ),
        failed,
      ]);
      if (up) return;
      if (Date.now() > deadline) {
        await this.stop();
        throw new Error(`dockerd did not answer within ${START_TIMEOUT_MS / 1000}s:\n${output}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}
