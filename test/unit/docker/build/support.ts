/** Minimal protobuf writer for StatusResponse messages, the inverse of the decoder under test. */
function varint(value: number): number[] {
  const bytes: number[] = [];
  do {
    bytes.push((value & 0x7f) | (value > 0x7f ? 0x80 : 0));
    value = Math.floor(value / 128);
  } while (value > 0);
  return bytes;
}
function bytesField(number: number, payload: Buffer | string): number[] {
  const data = typeof payload === 'string' ? Buffer.from(payload) : payload;
  return [...varint((number << 3) | 2), ...varint(data.length), ...data];
}
function varintField(number: number, value: number): number[] {
  return [...varint(number << 3), ...varint(value)];
}
const timestamp = Buffer.from(varintField(1, 1_700_000_000));
interface V {
  digest: string;
  name?: string;
  started?: boolean;
  completed?: boolean;
  cached?: boolean;
  error?: string;
}
export function status(
  vertexes: V[],
  logs: Array<{ vertex: string; msg: string; stream?: number }> = [],
  warning?: string,
): string {
  const out: number[] = [];
  for (const v of vertexes) {
    const body = [
      ...bytesField(1, v.digest),
      ...bytesField(2, 'sha256:input'),
      ...(v.name ? bytesField(3, v.name) : []),
      ...(v.cached ? varintField(4, 1) : []),
      ...(v.started ? bytesField(5, timestamp) : []),
      ...(v.completed ? bytesField(6, timestamp) : []),
      ...(v.error ? bytesField(7, v.error) : []),
    ];
    out.push(...bytesField(1, Buffer.from(body)));
  }
  out.push(
    ...bytesField(2, Buffer.from([...bytesField(1, 'id'), ...varintField(4, 5), ...varintField(5, 10)])),
  );
  for (const log of logs) {
    const body = [
      ...bytesField(1, log.vertex),
      ...bytesField(2, timestamp),
      ...varintField(3, log.stream ?? 1),
      ...bytesField(4, log.msg),
    ];
    out.push(...bytesField(3, Buffer.from(body)));
  }
  if (warning)
    out.push(
      ...bytesField(4, Buffer.from([...bytesField(1, 'v'), ...varintField(2, 1), ...bytesField(3, warning)])),
    );
  return Buffer.from(out).toString('base64');
}
