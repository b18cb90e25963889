type Child = Node | string | null | undefined | false;

/** An element with attributes (`on…` ones are listeners) and children. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number | boolean | EventListener | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  setAttributes(element, attributes);
  for (const child of children) if (child) element.append(child);
  return element;
}

const SVG = 'http://www.w3.org/2000/svg';

export function svg(
  tag: string,
  attributes: Record<string, string | number | boolean | EventListener | undefined> = {},
  ...children: Child[]
): SVGElement {
  const element = document.createElementNS(SVG, tag);
  setAttributes(element, attributes);
  for (const child of children) if (child) element.append(child);
  return element;
}

function setAttributes(
  element: Element,
  attributes: Record<string, string | number | boolean | EventListener | undefined>,
): void {
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
}
