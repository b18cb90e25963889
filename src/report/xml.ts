/** An element of a parsed XML document: enough for JUnit reports, not a general XML library. */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** Text and CDATA directly inside this element, entities decoded. */
  text: string;
}

const NAMED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const NAME = /[^\s/>=]+/y;

/**
 * Reads elements, attributes, text, CDATA and character/entity references; skips the prolog, comments,
 * processing instructions and DOCTYPE. Unclosed elements at the end are closed, so a report cut short
 * by a killed test run still yields its finished test cases.
 */
export function parseXml(source: string): XmlElement {
  const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' };
  const stack: XmlElement[] = [root];
  const current = () => stack[stack.length - 1] as XmlElement;
  let i = source.charCodeAt(0) === 0xfeff ? 1 : 0;

  while (i < source.length) {
    const lt = source.indexOf('<', i);
    if (lt === -1) {
      current().text += decodeEntities(source.slice(i));
      break;
    }
    if (lt > i) current().text += decodeEntities(source.slice(i, lt));
    if (source.startsWith('<!--', lt)) {
      i = skipPast(source, lt, '-->');
    } else if (source.startsWith('<![CDATA[', lt)) {
      const end = source.indexOf(']]>', lt);
      current().text += source.slice(lt + 9, end === -1 ? source.length : end);
      i = end === -1 ? source.length : end + 3;
    } else if (source.startsWith('<?', lt)) {
      i = skipPast(source, lt, '?>');
    } else if (source.startsWith('<!', lt)) {
      i = skipDeclaration(source, lt);
    } else if (source[lt + 1] === '/') {
      const gt = source.indexOf('>', lt);
      const name = source.slice(lt + 2, gt === -1 ? source.length : gt).trim();
      const open = stack.map((element) => element.name).lastIndexOf(name);
      if (open > 0) stack.length = open;
      i = gt === -1 ? source.length : gt + 1;
    } else {
      i = readStartTag(source, lt, current(), stack);
    }
  }
  return root;
}

function readStartTag(source: string, lt: number, parent: XmlElement, stack: XmlElement[]): number {
  NAME.lastIndex = lt + 1;
  const name = NAME.exec(source)?.[0];
  if (!name) {
    parent.text += '<';
    return lt + 1;
  }
  const element: XmlElement = { name, attributes: {}, children: [], text: '' };
  parent.children.push(element);
  let i = lt + 1 + name.length;
  for (;;) {
    while (i < source.length && /\s/.test(source[i] as string)) i++;
    if (i >= source.length) return i;
    if (source[i] === '>') {
      stack.push(element);
      return i + 1;
    }
    if (source.startsWith('/>', i)) return i + 2;
    NAME.lastIndex = i;
    const attribute = NAME.exec(source)?.[0];
    if (!attribute) {
      i++;
      continue;
    }
    i += attribute.length;
    while (/\s/.test(source[i] ?? '')) i++;
    if (source[i] !== '=') {
      element.attributes[attribute] = '';
      continue;
    }
    i++;
    while (/\s/.test(source[i] ?? '')) i++;
    const quote = source[i];
    if (quote === '"' || quote === "'") {
      const end = source.indexOf(quote, i + 1);
      const raw = source.slice(i + 1, end === -1 ? source.length : end);
      element.attributes[attribute] = decodeEntities(raw.replace(/[\t\n\r]/g, ' '));
      i = end === -1 ? source.length : end + 1;
    } else {
      const match = /[^\s>]*/y;
      match.lastIndex = i;
      const raw = match.exec(source)?.[0] ?? '';
      element.attributes[attribute] = decodeEntities(raw.replace(/\/$/, ''));
      i += raw.endsWith('/') ? raw.length - 1 : raw.length;
    }
  }
}

function skipPast(source: string, from: number, terminator: string): number {
  const end = source.indexOf(terminator, from);
  return end === -1 ? source.length : end + terminator.length;
}

/** `<!DOCTYPE ... [ internal subset ]>` may hold `>` inside brackets. */
function skipDeclaration(source: string, from: number): number {
  let depth = 0;
  for (let i = from + 2; i < source.length; i++) {
    const ch = source[i];
    if (ch === '[') depth++;
    else if (ch === ']') depth--;
    else if (ch === '>' && depth <= 0) return i + 1;
  }
  return source.length;
}

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);/g, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[ref] ?? whole;
  });
}

/** Every descendant element named `name`, in document order, not descending into matches. */
export function findAll(element: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  for (const child of element.children) {
    if (child.name === name) found.push(child);
    else found.push(...findAll(child, name));
  }
  return found;
}
