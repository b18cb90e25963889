import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseBlockList, type BlockBlobFiles } from './block-blob.js';
import type { BlobKind, BlobPermission, BlobSigner } from './signed-url.js';

export interface BlobTarget {
  path: string;
  contentType?: string;
  /** The name a download is saved under (Content-Disposition). */
  fileName?: string;
}

/** Where a blob lives, or undefined when it may not be read / written (now) with that permission. */
export type BlobResolver = (kind: BlobKind, id: string, permission: BlobPermission) => BlobTarget | undefined;

const BLOB_PATH = /^\/blob\/(artifact|cache)\/([^/]+)$/;

/** The part of Azure Blob Storage the Actions clients use on signed URLs: Put Blob, Put Block, Put Block List, Get Blob. */
export class BlobRoutes {
  constructor(
    private readonly signer: BlobSigner,
    private readonly files: BlockBlobFiles,
    private readonly resolve: BlobResolver,
  ) {}

  matches(url: URL): boolean {
    return BLOB_PATH.test(url.pathname);
  }

  async handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const [, kind, encodedId] = BLOB_PATH.exec(url.pathname) as unknown as [string, BlobKind, string];
    const id = decodeURIComponent(encodedId);
    const write = req.method === 'PUT';
    if (!write && req.method !== 'GET' && req.method !== 'HEAD') {
      return azureError(req, res, 405, 'UnsupportedHttpVerb', `${req.method} is not supported`);
    }
    const permission: BlobPermission = write ? 'w' : 'r';
    const refusal = this.signer.refusal(kind, id, url.searchParams, permission);
    if (refusal) return azureError(req, res, 403, 'AuthenticationFailed', refusal);
    const target = this.resolve(kind, id, permission);
    if (!target)
      return azureError(
        req,
        res,
        404,
        'BlobNotFound',
        `no ${kind} blob ${id} to ${write ? 'write' : 'read'}`,
      );
    if (write) return this.write(req, res, `${kind}-${id}`, target, url.searchParams);
    return this.read(req, res, target);
  }

  private async write(
    req: IncomingMessage,
    res: ServerResponse,
    blobKey: string,
    target: BlobTarget,
    query: URLSearchParams,
  ): Promise<void> {
    const comp = query.get('comp');
    if (comp === 'block') {
      const blockId = query.get('blockid');
      if (!blockId) return azureError(req, res, 400, 'InvalidQueryParameterValue', 'blockid is required');
      await this.files.stageBlock(blobKey, blockId, req);
    } else if (comp === 'blocklist') {
      const ids = parseBlockList(await readText(req));
      if (!(await this.files.commit(blobKey, target.path, ids))) {
        return azureError(
          req,
          res,
          400,
          'InvalidBlockList',
          'the block list names a block that was not staged',
        );
      }
    } else if (comp === null) {
      await this.files.put(blobKey, target.path, req);
    } else {
      return azureError(req, res, 400, 'InvalidQueryParameterValue', `comp=${comp} is not supported`);
    }
    res.writeHead(201, { 'Content-Length': 0, 'x-ms-request-server-encrypted': 'true' });
    res.end();
  }

  private async read(req: IncomingMessage, res: ServerResponse, target: BlobTarget): Promise<void> {
    const size = await stat(target.path).then(
      (info) => info.size,
      () => undefined,
    );
    if (size === undefined) return azureError(req, res, 404, 'BlobNotFound', 'the blob has no content yet');
    res.writeHead(200, {
      'Content-Type': target.contentType ?? 'application/octet-stream',
      'Content-Length': size,
      'x-ms-blob-type': 'BlockBlob',
      ...(target.fileName ? { 'Content-Disposition': contentDisposition(target.fileName) } : {}),
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(target.path).pipe(res);
  }
}

function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

async function readText(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

function azureError(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  code: string,
  message: string,
): void {
  req.resume();
  const body = `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`;
  res.writeHead(status, {
    'Content-Type': 'application/xml',
    'Content-Length': Buffer.byteLength(body),
    'x-ms-error-code': code,
  });
  res.end(body);
}
