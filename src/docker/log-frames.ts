export type LogStreamName = 'stdout' | 'stderr';

export interface LogFrame {
  stream: LogStreamName;
  payload: Buffer;
}

const HEADER_SIZE = 8;

/**
 * Splits the Engine's multiplexed attach/logs stream (non-TTY containers) into frames: each frame is an
 * 8-byte header (stream type, 3 zero bytes, big-endian payload length) and its payload. Chunks from the
 * socket cut frames anywhere, so an incomplete frame waits for the next chunk.
 */
export class DockerFrameDecoder {
  private pending: Buffer = Buffer.alloc(0);

  push(chunk: Buffer): LogFrame[] {
    this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
    const frames: LogFrame[] = [];
    while (this.pending.length >= HEADER_SIZE) {
      const length = this.pending.readUInt32BE(4);
      if (this.pending.length < HEADER_SIZE + length) break;
      frames.push({
        stream: this.pending[0] === 2 ? 'stderr' : 'stdout',
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

  /** The payload bytes received so far of the frame the stream ended in the middle of. */
  truncatedPayload(): Buffer {
    return this.pending.subarray(HEADER_SIZE);
  }
}

/** A buffer starting with a frame header; a TTY container's raw output does not. */
function looksMultiplexed(buffer: Buffer): boolean {
  return buffer.length >= HEADER_SIZE && buffer[0]! <= 2 && buffer[1] === 0 && buffer[2] === 0;
}

/** A whole multiplexed log as text (stdout and stderr interleaved); TTY logs pass as they are. */
export function demultiplex(buffer: Buffer): string {
  if (!looksMultiplexed(buffer)) return buffer.toString('utf8');
  const decoder = new DockerFrameDecoder();
  const payloads = decoder.push(buffer).map((frame) => frame.payload);
  return Buffer.concat([...payloads, decoder.truncatedPayload()]).toString('utf8');
}
