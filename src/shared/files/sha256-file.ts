import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

/** The file's sha256, hex, read as a stream (downloads and build contexts can be large). */
export function sha256OfFile(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}
