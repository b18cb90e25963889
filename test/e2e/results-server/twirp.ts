import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RuntimeClaims } from './runtime-token.js';

/** The twirp error codes this service answers with, and the HTTP status twirp gives each. */
const STATUS = {
  invalid_argument: 400,
  malformed: 400,
  unauthenticated: 401,
  permission_denied: 403,
  not_found: 404,
  bad_route: 404,
  already_exists: 409,
  failed_precondition: 412,
  internal: 500,
} as const;

export type TwirpCode = keyof typeof STATUS;

/** One RPC: the JSON request body and the caller's token claims in, the JSON response out. */
export type TwirpMethod = (body: Record<string, unknown>, claims: RuntimeClaims) => Promise<object>;

export class TwirpError extends Error {
  constructor(
    readonly code: TwirpCode,
    message: string,
  ) {
    super(message);
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

/** The twirp wire form, `{code, msg}`; the Actions clients put `msg` into the error they throw. */
export function sendTwirpError(res: ServerResponse, error: TwirpError): void {
  sendJson(res, STATUS[error.code], { code: error.code, msg: error.message });
}

const MAX_BODY_BYTES = 1024 * 1024;

export async function readJsonObject(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new TwirpError('malformed', 'request body too large');
    chunks.push(chunk);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
  } catch {
    throw new TwirpError('malformed', 'request body is not JSON');
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new TwirpError('malformed', 'request body is not a JSON object');
  }
  return parsed as Record<string, unknown>;
}
