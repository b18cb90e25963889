import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export type BlobKind = 'artifact' | 'cache';
export type BlobPermission = 'r' | 'w';

const LIFETIME_MS = 6 * 60 * 60 * 1000;

/**
 * Signed blob URLs in the shape of an Azure SAS (`sp`, `se`, `sig`). The signature is hex: the Azure SDK
 * re-serialises the query of the URL it is given, and a base64 value can lose its padding on the way.
 */
export class BlobSigner {
  private readonly key = randomBytes(32);

  constructor(private readonly origin: string) {}

  url(kind: BlobKind, id: string, permission: BlobPermission, now = Date.now()): string {
    const expiry = new Date(now + LIFETIME_MS).toISOString();
    const query = new URLSearchParams({
      sp: permission,
      se: expiry,
      sig: this.sign(kind, id, permission, expiry),
    });
    return `${this.origin}/blob/${kind}/${encodeURIComponent(id)}?${query}`;
  }

  /** Why the URL may not be used for `permission`, or undefined when it may. */
  refusal(
    kind: BlobKind,
    id: string,
    query: URLSearchParams,
    permission: BlobPermission,
  ): string | undefined {
    const expiry = query.get('se') ?? '';
    const given = Buffer.from(query.get('sig') ?? '', 'utf8');
    const wanted = Buffer.from(this.sign(kind, id, query.get('sp') ?? '', expiry), 'utf8');
    if (given.length !== wanted.length || !timingSafeEqual(given, wanted)) return 'signature does not match';
    if (query.get('sp') !== permission) return `signed for "${query.get('sp')}", not "${permission}"`;
    if (!(Date.parse(expiry) > Date.now())) return 'signed URL has expired';
    return undefined;
  }

  private sign(kind: string, id: string, permission: string, expiry: string): string {
    return createHmac('sha256', this.key).update(`${kind}\n${id}\n${permission}\n${expiry}`).digest('hex');
  }
}
