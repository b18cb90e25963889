/**
 * Decoder for the BuildKit progress messages the engine sends during a `version=2` build
 * (`{"id":"moby.buildkit.trace","aux":"<base64 moby.buildkit.v1.StatusResponse>"}`).
 * Only the fields we print are read. A hand-written protobuf reader keeps the bundle free of
 * protobufjs and of .proto files that would have to be found on disk at run time.
 */

export interface BuildkitVertex {
  digest: string;
  name: string;
  cached: boolean;
  started: boolean;
  completed: boolean;
  error: string;
}

export interface BuildkitLog {
  vertex: string;
  /** 1 = stdout, 2 = stderr. */
  stream: number;
  message: string;
}

export interface BuildkitStatus {
  vertexes: BuildkitVertex[];
  logs: BuildkitLog[];
  warnings: string[];
}

export function decodeBuildkitStatus(base64: string): BuildkitStatus {
  const status: BuildkitStatus = { vertexes: [], logs: [], warnings: [] };
  for (const field of readFields(Buffer.from(base64, 'base64'))) {
    if (field.bytes === undefined) continue;
    if (field.number === 1) status.vertexes.push(decodeVertex(field.bytes));
    else if (field.number === 3) status.logs.push(decodeLog(field.bytes));
    else if (field.number === 4) {
      const short = readFields(field.bytes).find((f) => f.number === 3)?.bytes;
      if (short) status.warnings.push(short.toString('utf8'));
    }
  }
  return status;
}

function decodeVertex(bytes: Buffer): BuildkitVertex {
  const vertex: BuildkitVertex = {
    digest: '',
    name: '',
    cached: false,
    started: false,
    completed: false,
    error: '',
  };
  for (const field of readFields(bytes)) {
    if (field.number === 1) vertex.digest = text(field);
    else if (field.number === 3) vertex.name = text(field);
    else if (field.number === 4) vertex.cached = field.varint === 1n;
    else if (field.number === 5) vertex.started = true;
    else if (field.number === 6) vertex.completed = true;
    else if (field.number === 7) vertex.error = text(field);
  }
  return vertex;
}

function decodeLog(bytes: Buffer): BuildkitLog {
  const log: BuildkitLog = { vertex: '', stream: 1, message: '' };
  for (const field of readFields(bytes)) {
    if (field.number === 1) log.vertex = text(field);
    else if (field.number === 3) log.stream = Number(field.varint ?? 1n);
    else if (field.number === 4) log.message = text(field);
  }
  return log;
}

interface Field {
  number: number;
  varint?: bigint;
  bytes?: Buffer;
}

function text(field: Field): string {
  return field.bytes ? field.bytes.toString('utf8') : '';
}

function readFields(buffer: Buffer): Field[] {
  const fields: Field[] = [];
  let offset = 0;
  const readVarint = (): bigint => {
    let result = 0n;
    let shift = 0n;
    for (;;) {
      if (offset >= buffer.length) throw new Error('truncated BuildKit status message');
      const byte = buffer[offset++] as number;
      result |= BigInt(byte & 0x7f) << shift;
      if ((byte & 0x80) === 0) return result;
      shift += 7n;
    }
  };
  while (offset < buffer.length) {
    const key = readVarint();
    const number = Number(key >> 3n);
    const wireType = Number(key & 7n);
    if (wireType === 0) fields.push({ number, varint: readVarint() });
    else if (wireType === 2) {
      const length = Number(readVarint());
      fields.push({ number, bytes: buffer.subarray(offset, offset + length) });
      offset += length;
    } else if (wireType === 1) offset += 8;
    else if (wireType === 5) offset += 4;
    else throw new Error(`unsupported protobuf wire type ${wireType} in BuildKit status message`);
  }
  return fields;
}
