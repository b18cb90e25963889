import { StringDecoder } from 'node:string_decoder';
import { Transform, type TransformCallback } from 'node:stream';
import type { Redactor } from './redactor.js';

/**
 * Redacts a stream a whole line at a time: a secret split across two chunks is still found (values are
 * single lines; a multi-line one is known line by line).
 */
export class RedactLines extends Transform {
  private readonly decoder = new StringDecoder('utf8');
  private partial = '';

  constructor(private readonly redactor: Redactor) {
    super();
  }

  override _transform(chunk: Buffer | string, _encoding: BufferEncoding, callback: TransformCallback): void {
    const text = this.partial + (typeof chunk === 'string' ? chunk : this.decoder.write(chunk));
    const end = text.lastIndexOf('\n') + 1;
    this.partial = text.slice(end);
    callback(null, end > 0 ? this.redactor.redact(text.slice(0, end)) : undefined);
  }

  override _flush(callback: TransformCallback): void {
    const rest = this.partial + this.decoder.end();
    callback(null, rest === '' ? undefined : this.redactor.redact(rest));
  }
}
