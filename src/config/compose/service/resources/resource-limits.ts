import { ConfigurationError } from '../../../../errors.js';

const BYTE_UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 };

/** `256m`, `1g`, `512M`, `1024kb`, `1.5g` or a number of bytes -> bytes (binary units, as Docker reads them). */
export function parseByteSize(value: unknown, where: string): number {
  const match = typeof value === 'string' ? /^\s*(\d+(?:\.\d+)?)\s*([kmgt]?)(?:i?b)?\s*$/i.exec(value) : null;
  if (typeof value === 'number' && Number.isInteger(value) && value > 0) return value;
  if (!match) {
    throw new ConfigurationError(
      `${where}: ${JSON.stringify(value)} is not a size; write e.g. "512m", "1g" or a number of bytes`,
    );
  }
  const bytes = Math.round(Number(match[1]) * (BYTE_UNITS[(match[2] as string).toLowerCase()] as number));
  if (bytes <= 0) throw new ConfigurationError(`${where}: the size must be more than 0`);
  return bytes;
}

/** `"0.5"` or `1.5` CPUs -> nano CPUs. */
export function parseNanoCpus(value: unknown, where: string): number {
  const cpus = typeof value === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(value) ? Number(value) : value;
  if (typeof cpus !== 'number' || !Number.isFinite(cpus) || cpus <= 0) {
    throw new ConfigurationError(
      `${where}: ${JSON.stringify(value)} is not a number of CPUs; write e.g. "0.5" or 2`,
    );
  }
  return Math.round(cpus * 1e9);
}
