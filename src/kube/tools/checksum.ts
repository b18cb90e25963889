const SHA256 = /^[0-9a-f]{64}$/i;

/**
 * The digest in a published checksum file: kubectl's `.sha256` holds the bare hex, kind's `.sha256sum`
 * holds `<hex>  <file name>` (sha256sum's format, `*` before the name in binary mode). When the file lists
 * several names, `fileName` picks the line.
 */
export function parseSha256File(text: string, fileName?: string): string {
  const entries = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => {
      const [digest = '', ...rest] = line.split(/\s+/);
      return { digest: digest.toLowerCase(), name: rest.join(' ').replace(/^\*/, '') };
    });
  const valid = entries.filter((entry) => SHA256.test(entry.digest));
  const named = fileName
    ? valid.filter((entry) => entry.name === '' || entry.name.endsWith(fileName))
    : valid;
  const [chosen] = named;
  if (!chosen || named.length > 1) {
    const want = fileName ? ` for ${fileName}` : '';
    throw new Error(
      `no single sha256 digest${want} in the checksum file: ${JSON.stringify(text.slice(0, 200))}`,
    );
  }
  return chosen.digest;
}

/** A download whose bytes are not what the project published; it is never cached. */
export class ChecksumMismatchError extends Error {
  override readonly name = 'ChecksumMismatchError';
  constructor(
    readonly url: string,
    readonly expected: string,
    readonly actual: string,
  ) {
    super(
      `sha256 of ${url} is ${actual}, but its published checksum is ${expected}; the download was ` +
        'discarded and not cached. Retry the job; if it happens again, the file or the checksum URL is wrong.',
    );
  }
}
