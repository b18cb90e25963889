import http from 'node:http';
import https from 'node:https';
import net from 'node:net';

export interface ProbeTarget {
  host: string;
  port: number;
}

/** True when a TCP connection opens within the timeout. */
export function probeTcp(target: ProbeTarget, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: target.host, port: target.port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

export interface HttpProbeResult {
  status: number;
  body: string;
}

/** One GET; undefined when nothing answers. The body is capped: we only match a pattern in it. */
export function probeHttp(
  target: ProbeTarget,
  path: string,
  scheme: 'http' | 'https',
  timeoutMs = 2000,
): Promise<HttpProbeResult | undefined> {
  const client = scheme === 'https' ? https : http;
  return new Promise((resolve) => {
    const request = client.get(
      { host: target.host, port: target.port, path, timeout: timeoutMs, rejectUnauthorized: false },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          if (body.length < 64 * 1024) body += chunk;
        });
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
        response.on('error', () => resolve(undefined));
      },
    );
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolve(undefined));
  });
}
