import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TagScanner, type StartTag } from '../../../../src/shard/junit/tag-scanner.js';

function scan(xml: string, chunkSize: number): string[] {
  const seen: string[] = [];
  const scanner = new TagScanner({
    start: (tag: StartTag) =>
      seen.push(`<${tag.name}${tag.selfClosing ? '/' : ''} ${JSON.stringify(tag.attributes)}`),
    end: (name) => seen.push(`</${name}`),
  });
  for (let i = 0; i < xml.length; i += chunkSize) scanner.write(xml.slice(i, i + chunkSize));
  return seen;
}

const XML = `<?xml version="1.0"?>
<!DOCTYPE x [ <!ENTITY a "b>"> ]>
<!-- a <testcase/> in a comment -->
<testsuite name="a &amp; b" time='1.5'>
  <testcase name="x > y" classname="c"/>
  <system-out><![CDATA[<testcase name="in cdata"/> ]]]]></system-out>
  <testcase name="z">if a < b then</testcase>
</testsuite>`;

const EXPECTED = [
  '<testsuite {"name":"a & b","time":"1.5"}',
  '<testcase/ {"name":"x > y","classname":"c"}',
  '<system-out {}',
  '</system-out',
  '<testcase {"name":"z"}',
  '</testcase',
  '</testsuite',
];

describe('TagScanner', () => {
  for (const chunkSize of [1, 2, 3, 7, 64, 100_000]) {
    test(`finds the same tags in chunks of ${chunkSize}: comments, CDATA, DOCTYPE and stray < skipped`, () => {
      assert.deepEqual(scan(XML, chunkSize), EXPECTED);
    });
  }
});
