import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { artifactService } from './artifact-service.js';
import { ArtifactStore } from './artifact-store.js';
import { BlobRoutes } from './blob-routes.js';
import { BlockBlobFiles } from './block-blob.js';
import { cacheService } from './cache-service.js';
import { CacheStore } from './cache-store.js';
import { readRuntimeToken } from './runtime-token.js';
import { BlobSigner } from './signed-url.js';
import { readJsonObject, sendTwirpError, TwirpError, sendJson, type TwirpMethod } from './twirp.js';

export interface ResultsServer {
  /** `http://127.0.0.1:<port>`: the value for ACTIONS_RESULTS_URL. */
  url: string;
  dir: string;
  artifacts: ArtifactStore;
  caches: CacheStore;
  /** `METHOD /path STATUS` of every request, oldest first. */
  requests: string[];
  close(): Promise<void>;
}

const PREFIX = '/twirp/github.actions.results.api.v1.';

/** Starts the service on a free loopback port. Artifacts go to `<dir>/<run backend id>/`, caches to `<dir>/.caches/`. */
export async function startResultsServer(options: { dir: string }): Promise<ResultsServer> {
  const dir = path.resolve(options.dir);
  const artifacts = new ArtifactStore(dir);
  const caches = new CacheStore(path.join(dir, '.caches'));
  const requests: string[] = [];
  const server = createServer();
  await listen(server);
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const signer = new BlobSigner(url);
  const methods = {
    ...prefixed('ArtifactService', artifactService(artifacts, signer)),
    ...prefixed('CacheService', cacheService(caches, signer)),
  };
  const blobs = new BlobRoutes(
    signer,
    new BlockBlobFiles(path.join(dir, '.staging')),
    (kind, id, permission) =>
      kind === 'artifact' ? artifacts.blobTarget(id, permission) : caches.blobTarget(id, permission),
  );
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    res.on('finish', () => requests.push(`${req.method} ${req.url?.split('?')[0]} ${res.statusCode}`));
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const handled = blobs.matches(url) ? blobs.handle(req, res, url) : twirp(req, res, url, methods);
    handled.catch((error: unknown) => {
      if (!res.headersSent) sendTwirpError(res, new TwirpError('internal', String(error)));
      else res.destroy(error instanceof Error ? error : undefined);
    });
  });
  return {
    url,
    dir,
    artifacts,
    caches,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

async function twirp(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  methods: Record<string, TwirpMethod>,
): Promise<void> {
  const method = url.pathname.startsWith(PREFIX) ? methods[url.pathname.slice(PREFIX.length)] : undefined;
  if (req.method !== 'POST' || !method) {
    req.resume();
    return sendTwirpError(res, new TwirpError('bad_route', `no route for ${req.method} ${url.pathname}`));
  }
  try {
    const token = /^Bearer (.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const claims = token ? readRuntimeToken(token) : undefined;
    if (!claims) {
      req.resume();
      throw new TwirpError('unauthenticated', 'missing or invalid ACTIONS_RUNTIME_TOKEN');
    }
    sendJson(res, 200, await method(await readJsonObject(req), claims));
  } catch (error) {
    if (!(error instanceof TwirpError)) throw error;
    sendTwirpError(res, error);
  }
}

function prefixed(service: string, methods: Record<string, TwirpMethod>): Record<string, TwirpMethod> {
  return Object.fromEntries(Object.entries(methods).map(([name, method]) => [`${service}/${name}`, method]));
}

function listen(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
}
