import { StringDecoder } from 'node:string_decoder';

export type OutputStream = 'stdout' | 'stderr';

/**
 * Splits the engine's multiplexed attach/logs stream (TTY off): frames of an 8-byte header
 * (stream type, 3 zero bytes, big-endian payload size) then the payload. Frames may arrive split
 * across chunks, and a UTF-8 character across frames, so both are buffered.
 */
export class DockerStreamDemuxer {
  private pending: Buffer = Buffer.alloc(0);
  private readonly decoders = { stdout: new StringDecoder('utf8'), stderr: new StringDecoder('utf8') };

  constructor(private readonly onText: (stream: OutputStream, text: string) => void) {}

  push(chunk: Buffer): void {
    this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
    while (this.pending.length >= 8) {
      const size = this.pending.readUInt32BE(4);
      if (this.pending.length < 8 + size) break;
      const stream: OutputStream = this.pending[0] === 2 ? 'stderr' : 'stdout';
      const text = this.decoders[stream].write(this.pending.subarray(8, 8 + size));
      this.pending = this.pending.subarray(8 + size);
      if (text) this.onText(stream, text);
    }
  }

  end(): void {
    for (const stream of ['stdout', 'stderr'] as const) {
      const rest = this.decoders[stream].end();
      if (rest) this.onText(stream, rest);
    }
  }
}
