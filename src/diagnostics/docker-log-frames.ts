export type LogStreamName = 'stdout' | 'stderr';

export interface LogFrame {
  stream: LogStreamName;
  payload: Buffer;
}

const HEADER_SIZE = 8;

/**
 * Splits the Engine's multiplexed log stream (non-TTY containers) into frames: each frame is an 8-byte
 * header (stream type, 3 zero bytes, big-endian payload length) and its payload. Chunks from the socket
 * cut frames anywhere, so an incomplete frame waits for the next chunk.
 */
export class DockerFrameDecoder {
  private pending: Buffer = Buffer.alloc(0);

  push(chunk: Buffer): LogFrame[] {
    this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
    const frames: LogFrame[] = [];
    while (this.pending.length >= HEADER_SIZE) {
      const length = this.pending.readUInt32BE(4);
      if (this.pending.length < HEADER_SIZE + length) break;
      const type = this.pending[0];
      frames.push({
        stream: type === 2 ? 'stderr' : 'stdout',
        payload: this.pending.subarray(HEADER_SIZE, HEADER_SIZE + length),
      });
      this.pending = this.pending.subarray(HEADER_SIZE + length);
    }
    return frames;
  }

  /** Bytes of a frame the stream ended in the middle of. */
  get leftover(): number {
    return this.pending.length;
  }
}
