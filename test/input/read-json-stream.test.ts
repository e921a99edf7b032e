import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJsonStream } from '../../src/input/read-json-stream.js';

const dir = mkdtempSync(join(tmpdir(), 'json-stream-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

async function read(path: string) {
  const items: { item: unknown; index: number; before: string[] }[] = [];
  const result = await readJsonStream(path, 'report.json', { list: 'enterprises', fields: ['asOf', 'packs'], onItem: (item, index, fields) => void items.push({ item, index, before: Object.keys(fields) }) });
  return { ...result, items };
}

describe('readJsonStream', () => {
  it('given a report, hands on each item in order with the fields read before it, and keeps the named fields only', async () => {
    const got = await read(file('ok.json', JSON.stringify({ asOf: '2026-11-20', packs: [{ id: 'g' }], enterprises: [{ n: 1 }, { n: [2, { m: '三' }] }], other: { big: true } }, null, 2)));
    expect(got.diagnostics).toEqual([]);
    expect(got.value).toEqual({ asOf: '2026-11-20', packs: [{ id: 'g' }], enterprises: [] });
    expect(got.items).toEqual([{ item: { n: 1 }, index: 0, before: ['asOf', 'packs'] }, { item: { n: [2, { m: '三' }] }, index: 1, before: ['asOf', 'packs'] }]);
  });

  it('given the list before the fields, hands on the items before the fields are known', async () => {
    const got = await read(file('sorted.json', '{"enterprises":[{"n":1}],"packs":[],"asOf":"2026-11-20"}'));
    expect(got.items).toEqual([{ item: { n: 1 }, index: 0, before: [] }]);
    expect(got.value).toEqual({ enterprises: [], packs: [], asOf: '2026-11-20' });
  });

  it.each([
    { name: 'an empty list', text: '{"asOf": "x", "enterprises": []}', value: { asOf: 'x', enterprises: [] } },
    { name: 'no list', text: '{"asOf": "x"}', value: { asOf: 'x' } },
    { name: 'a list that is not one', text: '{"asOf": "x", "enterprises": 5}', value: { asOf: 'x', enterprises: 5 } },
  ])('given $name and so no item, gives the list as the file has it, to be checked', async ({ text, value }) => {
    const got = await read(file('empty.json', text));
    expect(got.items).toEqual([]);
    expect(got.value).toEqual(value);
  });

  it.each([
    { name: 'a stray character', text: '{\n  "asOf": "2026-11-20",\n  "报告": x\n}', line: 3, column: 9 },
    { name: 'a report cut short inside a value', text: '{\n  "enterprises": [\n    {"n": "截断', line: 3, column: 14 },
    { name: 'a second document after the first', text: '{"asOf": "x"}\n{"b": 1}', line: 2, column: 1 },
  ])('given $name, one json-syntax diagnostic at line $line, column $column', async ({ text, line, column }) => {
    const got = await read(file('bad.json', text));
    expect(got.value).toBeUndefined();
    expect(got.diagnostics.map((d) => [d.code, d.location?.line, d.location?.column])).toEqual([['json-syntax', line, column]]);
  });

  it.each([
    { name: 'a file that is not there', path: join(dir, 'missing.json'), code: 'file-unreadable' },
    { name: 'a folder', path: dir, code: 'file-not-regular' },
  ])('given $name, says so at its start', async ({ path, code }) => {
    const got = await read(path);
    expect(got.diagnostics.map((d) => [d.code, d.location])).toEqual([[code, { file: 'report.json', line: 1, column: 1 }]]);
  });
});
