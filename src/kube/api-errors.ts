import { ApiException } from '@kubernetes/client-node';
import { errorMessage } from '../errors.js';

export function isNotFound(error: unknown): boolean {
  return error instanceof ApiException && error.code === 404;
}

/** The API server's own message (`jobs.batch "x" is forbidden: ...`) rather than the client's wrapper text. */
export function apiErrorMessage(error: unknown): string {
  if (error instanceof ApiException) {
    const body: unknown = error.body;
    const parsed = typeof body === 'string' ? safeJson(body) : body;
    const message = (parsed as { message?: unknown } | undefined)?.message;
    if (typeof message === 'string' && message) return `${message} (HTTP ${error.code})`;
    return `HTTP ${error.code}`;
  }
  return errorMessage(error);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return { message: text };
  }
}
