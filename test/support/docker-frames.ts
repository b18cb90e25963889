/** One frame of the Engine's multiplexed stream: stream type 1 (stdout) or 2 (stderr), then the payload. */
export function frame(stream: 1 | 2, payload: string | Buffer): Buffer {
  const bytes = typeof payload === 'string' ? Buffer.from(payload) : payload;
  const header = Buffer.alloc(8);
  header[0] = stream;
  header.writeUInt32BE(bytes.length, 4);
  return Buffer.concat([header, bytes]);
}
