import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { randomBytes, randomInt } from 'node:crypto';

export interface OutsideHost {
  /** The host's address, off every Docker network: reached only through the machine's forwarding. */
  address: string;
  port: number;
  remove(): void;
}

const ip = (...args: string[]) => execFileSync('ip', args, { stdio: 'pipe' });

/**
 * A host of the test's own beyond this machine's Docker bridges: a network namespace joined to the machine
 * by a veth pair, answering `reached` on a TCP port. A container gets there only if its network routes out
 * of the machine (the engine forwards it), which is what an `internal` network must not do. Needs root.
 */
export async function startOutsideHost(): Promise<OutsideHost> {
  const id = randomBytes(3).toString('hex');
  const namespace = `inception-out-${id}`;
  const [near, far] = [`io${id}a`, `io${id}b`];
  const subnet = `10.254.${randomInt(0, 256)}`;
  const address = `${subnet}.2`;
  const port = 18080;
  let listener: ChildProcess | undefined;
  const remove = () => {
    listener?.kill('SIGKILL');
    // The veth pair goes with the namespace.
    try {
      ip('netns', 'delete', namespace);
    } catch {
      // Never made.
    }
  };
  try {
    ip('netns', 'add', namespace);
    ip('link', 'add', near, 'type', 'veth', 'peer', 'name', far);
    ip('link', 'set', far, 'netns', namespace);
    ip('addr', 'add', `${subnet}.1/30`, 'dev', near);
    ip('link', 'set', near, 'up');
    ip('netns', 'exec', namespace, 'ip', 'addr', 'add', `${address}/30`, 'dev', far);
    ip('netns', 'exec', namespace, 'ip', 'link', 'set', far, 'up');
    ip('netns', 'exec', namespace, 'ip', 'link', 'set', 'lo', 'up');
    ip('netns', 'exec', namespace, 'ip', 'route', 'add', 'default', 'via', `${subnet}.1`);
    const server =
      'import socket\n' +
      's = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)\n' +
      `s.bind(("${address}", ${port})); s.listen(); print("listening", flush=True)\n` +
      'while True:\n    c, _ = s.accept(); c.sendall(b"reached\\n"); c.close()\n';
    listener = spawn('ip', ['netns', 'exec', namespace, 'python3', '-c', server], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise<void>((listening, failed) => {
      listener!.stdout!.once('data', () => listening());
      listener!.once('exit', (code) => failed(new Error(`the outside host's listener exited (${code})`)));
    });
    return { address, port, remove };
  } catch (error) {
    remove();
    throw error;
  }
}
