// A TCP proxy on 127.0.0.1 in front of one server: it forwards, or, once stalled, accepts connections and
// then never answers them — what a stuck API server looks like to a client. Only the proxy's own clients
// see it stuck; the server behind it stays healthy for everyone else.
import net from 'node:net';

export class StallingProxy {
  private stalled = false;
  private readonly sockets = new Set<net.Socket>();
  private server?: net.Server;
  /** Connections accepted while stalled. */
  heldConnections = 0;

  constructor(private readonly target: { host: string; port: number }) {}

  async start(): Promise<number> {
    const server = net.createServer((client) => this.accept(client));
    this.server = server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return (server.address() as net.AddressInfo).port;
  }

  /** From now on, new connections are accepted and never answered, and open ones stop forwarding. */
  stall(): void {
    this.stalled = true;
    for (const socket of this.sockets) socket.pause();
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private accept(client: net.Socket): void {
    this.track(client);
    if (this.stalled) {
      this.heldConnections++;
      client.pause();
      return;
    }
    const upstream = net.connect(this.target);
    this.track(upstream);
    client.pipe(upstream).pipe(client);
  }

  private track(socket: net.Socket): void {
    this.sockets.add(socket);
    socket.on('error', () => socket.destroy());
    socket.on('close', () => this.sockets.delete(socket));
  }
}
