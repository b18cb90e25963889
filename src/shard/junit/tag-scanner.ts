import { decodeEntities } from '../../report/index.js';

export interface StartTag {
  name: string;
  attributes: Record<string, string>;
  /** `<testcase ... />`: no end tag follows. */
  selfClosing: boolean;
}

export interface TagHandler {
  start(tag: StartTag): void;
  end(name: string): void;
}

type Skipping = { terminator: string };

const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/**
 * Reads XML tags from text that arrives in chunks, so a report of hundreds of megabytes (test output in
 * CDATA) is never held whole: text, CDATA, comments, processing instructions and DOCTYPE are skipped, and
 * only start and end tags reach the handler. Only the tail of a construct split across chunks is kept.
 */
export class TagScanner {
  private buffer = '';
  private skipping: Skipping | undefined;

  constructor(private readonly handler: TagHandler) {}

  write(chunk: string): void {
    this.buffer += chunk;
    let i = 0;
    for (;;) {
      if (this.skipping) {
        const end = this.buffer.indexOf(this.skipping.terminator, i);
        if (end === -1) {
          // Keep only what could be the start of the terminator.
          const keep = this.skipping.terminator.length - 1;
          this.buffer = this.buffer.slice(Math.max(i, this.buffer.length - keep));
          return;
        }
        i = end + this.skipping.terminator.length;
        this.skipping = undefined;
        continue;
      }
      const lt = this.buffer.indexOf('<', i);
      if (lt === -1) {
        this.buffer = '';
        return;
      }
      const consumed = this.construct(lt);
      if (consumed === undefined) {
        this.buffer = this.buffer.slice(lt);
        return;
      }
      i = consumed;
    }
  }

  /** Where the construct at `lt` ends, or undefined when the buffer does not hold all of it yet. */
  private construct(lt: number): number | undefined {
    const text = this.buffer;
    if (text.length < lt + 9 && '<![CDATA['.startsWith(text.slice(lt))) return undefined;
    if (text.startsWith('<!--', lt)) return this.skip(lt + 4, '-->');
    if (text.startsWith('<![CDATA[', lt)) return this.skip(lt + 9, ']]>');
    if (text.startsWith('<?', lt)) return this.skip(lt + 2, '?>');
    if (text.startsWith('<!', lt)) return declarationEnd(text, lt);
    if (lt + 1 >= text.length) return undefined;
    // A stray `<` in text (invalid XML, but test output has them) is text, not a tag.
    if (!/[A-Za-z_:/]/.test(text[lt + 1] as string)) return lt + 1;
    const gt = tagEnd(text, lt + 1);
    if (gt === -1) return undefined;
    const body = text.slice(lt + 1, gt);
    if (body.startsWith('/')) this.handler.end(body.slice(1).trim());
    else this.startTag(body);
    return gt + 1;
  }

  private skip(from: number, terminator: string): number {
    this.skipping = { terminator };
    return from;
  }

  private startTag(body: string): void {
    const name = /^[^\s/>]+/.exec(body)?.[0];
    if (!name) return;
    const selfClosing = body.endsWith('/');
    const attributes: Record<string, string> = {};
    for (const match of body.slice(name.length).matchAll(ATTRIBUTE)) {
      attributes[match[1] as string] = decodeEntities((match[2] ?? match[3] ?? '').replace(/[\t\n\r]/g, ' '));
    }
    this.handler.start({ name, attributes, selfClosing });
  }
}

/** The `>` closing a tag that starts at `from`, outside quoted attribute values; -1 when not there yet. */
function tagEnd(text: string, from: number): number {
  let quote: string | undefined;
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === quote) quote = undefined;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '>') return i;
  }
  return -1;
}

/** `<!DOCTYPE ... [ internal subset ]>` may hold `>` inside brackets. */
function declarationEnd(text: string, lt: number): number | undefined {
  let depth = 0;
  for (let i = lt + 2; i < text.length; i++) {
    const ch = text[i];
    if (ch === '[') depth++;
    else if (ch === ']') depth--;
    else if (ch === '>' && depth <= 0) return i + 1;
  }
  return undefined;
}
