import { createWriteStream } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/**
 * A block blob as Azure keeps one: the whole body in one PUT, or blocks staged by id and committed by a
 * block list in the order it names. Writes land in a staging folder and are renamed into place, so a
 * reader never sees half a blob.
 */
export class BlockBlobFiles {
  constructor(private readonly stagingDir: string) {}

  async put(blobKey: string, target: string, body: Readable): Promise<void> {
    const staging = await this.stagingFor(blobKey);
    const temporary = path.join(staging, 'blob');
    await pipeline(body, createWriteStream(temporary));
    await this.moveIntoPlace(temporary, target, staging);
  }

  async stageBlock(blobKey: string, blockId: string, body: Readable): Promise<void> {
    const staging = await this.stagingFor(blobKey);
    await pipeline(body, createWriteStream(path.join(staging, blockFileName(blockId))));
  }

  /** Joins the named blocks; a block that was never staged fails the commit, as Azure's InvalidBlockList. */
  async commit(blobKey: string, target: string, blockIds: string[]): Promise<boolean> {
    const staging = await this.stagingFor(blobKey);
    const staged = new Set(await readdir(staging));
    if (!blockIds.every((id) => staged.has(blockFileName(id)))) return false;
    const temporary = path.join(staging, 'blob');
    const out = await open(temporary, 'w');
    try {
      for (const id of blockIds) await out.write(await readFile(path.join(staging, blockFileName(id))));
    } finally {
      await out.close();
    }
    await this.moveIntoPlace(temporary, target, staging);
    return true;
  }

  private async stagingFor(blobKey: string): Promise<string> {
    const dir = path.join(this.stagingDir, blobKey);
    await mkdir(dir, { recursive: true });
    return dir;
  }

  private async moveIntoPlace(temporary: string, target: string, staging: string): Promise<void> {
    await mkdir(path.dirname(target), { recursive: true });
    await rename(temporary, target);
    await rm(staging, { recursive: true, force: true });
  }
}

/** Block ids are base64 and may hold `/`; as hex they are safe file names. */
function blockFileName(blockId: string): string {
  return `block-${Buffer.from(blockId, 'utf8').toString('hex')}`;
}

/** The ids of a Put Block List body (`<BlockList><Latest>id</Latest>…</BlockList>`), in order. */
export function parseBlockList(xml: string): string[] {
  return [...xml.matchAll(/<(Latest|Committed|Uncommitted)>([^<]*)<\/\1>/g)].map((match) =>
    unescapeXml(match[2]!),
  );
}

function unescapeXml(value: string): string {
  return value
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
