import { describe, expect, it } from 'vitest';
import { fillHoles, hole, StreamedJson, streamJsonArrays } from '../../src/report/util-stream-json.js';

const written = (pieces: Iterable<string>) => Array.from(pieces).join('');

describe('streamJsonArrays', () => {
  const items = [{ 名称: '甲', n: 1, nested: { list: [1, 2], empty: [] } }, { 名称: '乙\n"引号"', n: 2 }];

  it('given holes at several depths, writes the bytes JSON.stringify writes for the whole document', () => {
    const document = (results: unknown, enterprises: unknown) => ({ runs: [{ tool: { name: 't' }, results, properties: { enterprises, asOf: '2026-11-20' } }], tail: true });
    expect(written(streamJsonArrays(document(hole('results'), hole('enterprises')), { results: items, enterprises: [items[1]] })))
      .toBe(JSON.stringify(document(items, [items[1]]), null, 2));
  });

  it('given an empty array or a hole at the top, writes [] or the array as JSON.stringify does', () => {
    expect(written(streamJsonArrays({ a: hole('a'), b: 1 }, { a: [] }))).toBe(JSON.stringify({ a: [], b: 1 }, null, 2));
    expect(written(streamJsonArrays(hole('issues'), { issues: items }))).toBe(JSON.stringify(items, null, 2));
    expect(written(streamJsonArrays(hole('issues'), { issues: [] }))).toBe('[]');
  });

  it('writes one piece per item, reading the items only as they are written', () => {
    let read = 0;
    function* counted() {
      for (const item of items) (read += 1, yield item);
    }
    const pieces = streamJsonArrays({ list: hole('list') }, { list: counted() });
    pieces.next();
    expect(read).toBe(0);
    expect(Array.from(pieces).length).toBe(items.length + 2);
    expect(read).toBe(items.length);
  });
});

describe('fillHoles', () => {
  it('given text with holes, writes the pieces in their places and leaves a hole not in the text alone', () => {
    expect(written(fillHoles(`<tbody>${hole('rows')}</tbody><main>${hole('sections')}</main>`, { sections: ['<s1>', '<s2>'], rows: ['<tr>'], missing: ['x'] })))
      .toBe('<tbody><tr></tbody><main><s1><s2></main>');
  });
});

describe('streamJsonArrays with items that stream their own arrays', () => {
  it('given enterprises whose findings are streamed, writes the bytes JSON.stringify writes for the whole document', () => {
    const enterprises = [
      { name: '甲', findings: [{ ruleId: 'GEN-001', message: '未"签订"' }, { ruleId: 'GEN-002' }], tally: {} },
      { name: '乙', findings: [], tally: { a: 1 } },
    ];
    const streamed = enterprises.map((enterprise) => new StreamedJson({ ...enterprise, findings: hole('findings') }, { findings: enterprise.findings }));
    expect(written(streamJsonArrays({ summary: 1, enterprises: hole('enterprises'), errors: [] }, { enterprises: streamed })))
      .toBe(JSON.stringify({ summary: 1, enterprises, errors: [] }, null, 2));
  });
});
