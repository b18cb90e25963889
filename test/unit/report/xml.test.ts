import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeEntities, findAll, parseXml } from '../../../src/report/xml.js';

describe('parseXml', () => {
  it('reads attributes in both quote styles, unquoted and valueless', () => {
    const root = parseXml(`<a one="1" two='2' three=3 four five = "5"/>`).children[0];
    assert.deepEqual(root?.attributes, { one: '1', two: '2', three: '3', four: '', five: '5' });
  });

  it('nests elements and collects text, CDATA and entities', () => {
    const doc = parseXml(
      `<?xml version="1.0"?><!-- c --><r><x>a &amp; b <![CDATA[<raw> & ]]>&#65;&#x42;&unknown;</x><y/></r>`,
    );
    const r = doc.children[0];
    assert.equal(r?.name, 'r');
    assert.deepEqual(
      r?.children.map((child) => child.name),
      ['x', 'y'],
    );
    assert.equal(r?.children[0]?.text, 'a & b <raw> & AB&unknown;');
  });

  it('skips a DOCTYPE with an internal subset, processing instructions and a BOM', () => {
    const doc = parseXml(`\ufeff<?xml version="1.0"?><!DOCTYPE r [<!ENTITY e "<x>">]><?pi data?><r k="v"/>`);
    assert.deepEqual(
      doc.children.map((child) => child.name),
      ['r'],
    );
  });

  it('normalises whitespace in attribute values and decodes entities there', () => {
    const el = parseXml(`<a m="line1&#10;line2\nline3 &lt;tag&gt; &quot;q&quot; &apos;s&apos;"/>`)
      .children[0];
    assert.equal(el?.attributes.m, 'line1\nline2 line3 <tag> "q" \'s\'');
  });

  it('closes unclosed elements and ignores stray closing tags', () => {
    const doc = parseXml(`<a><b><c>text</b></zzz><d/>`);
    const a = doc.children[0];
    assert.deepEqual(
      a?.children.map((child) => child.name),
      ['b', 'd'],
    );
    assert.equal(a?.children[0]?.children[0]?.text, 'text');
  });

  it('finds descendants', () => {
    const doc = parseXml(`<a><b><c/></b><c><c/></c></a>`);
    assert.equal(findAll(doc, 'c').length, 2);
  });

  const entities = [
    ['&lt;&gt;&amp;&quot;&apos;', `<>&"'`],
    ['&#128512;', '😀'],
    ['&#x1F600;', '😀'],
    ['&#xFFFFFFF;', '&#xFFFFFFF;'],
    ['a & b', 'a & b'],
  ] as const;
  for (const [input, expected] of entities) {
    it(`decodes ${input}`, () => assert.equal(decodeEntities(input), expected));
  }
});
