/** One JUnit document over several runs' reports: each report's `<testsuite>` elements side by side under
 * one `<testsuites>`, each suite's name prefixed with the run it came from (`api: tests.test_orders`), so
 * a CI's JUnit viewer shows every run and tells them apart. The elements are kept as written. */
export function combineJUnitReports(reports: { run: string; xml: string }[]): string {
  const suites = reports.flatMap(({ run, xml }) => testSuiteElements(xml).map((suite) => named(suite, run)));
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>\n${suites.join('\n')}\n</testsuites>\n`;
}

/** The `<testsuite>` elements of a report, whether its root is `<testsuites>` or one `<testsuite>`. */
function testSuiteElements(xml: string): string[] {
  const body = xml.replace(/<\?xml[^>]*\?>/g, '').replace(/<!--[\s\S]*?-->/g, '');
  const found: string[] = [];
  const opening = /<testsuite(?=[\s>/])[^>]*?(\/?)>/g;
  for (let match = opening.exec(body); match; match = opening.exec(body)) {
    if (match[1] === '/') {
      found.push(match[0]);
      continue;
    }
    const end = closingOf(body, opening.lastIndex);
    found.push(body.slice(match.index, end));
    opening.lastIndex = end;
  }
  return found;
}

/** The index just past the `</testsuite>` that closes the element opened before `from` (nesting counted). */
function closingOf(body: string, from: number): number {
  const tags = /<(\/?)testsuite(?=[\s>/])[^>]*?(\/?)>/g;
  tags.lastIndex = from;
  let depth = 1;
  for (let tag = tags.exec(body); tag; tag = tags.exec(body)) {
    if (tag[1] === '/') depth--;
    else if (tag[2] !== '/') depth++;
    if (depth === 0) return tags.lastIndex;
  }
  return body.length;
}

function named(element: string, run: string): string {
  const prefix = escapeAttribute(`${run}: `);
  const opening = /^<testsuite\b[^>]*>/.exec(element)?.[0] ?? '';
  const renamed = /\sname="/.test(opening)
    ? opening.replace(/\sname="/, ` name="${prefix}`)
    : opening.replace(/^<testsuite/, `<testsuite name="${escapeAttribute(run)}"`);
  return renamed + element.slice(opening.length);
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}
