import { describe, expect, it } from 'vitest';
import { findReferences } from '../../src/input/find-references.js';

const isCsv = (record: Record<string, unknown>) => typeof record.$csv === 'string';

describe('findReferences', () => {
  it.each([
    { name: 'given no reference, nothing', data: { a: { b: [1, 'x'] } }, pointers: [] },
    { name: 'given the root as a reference, the empty pointer', data: { $csv: 'a.csv' }, pointers: [''] },
    { name: 'given references in a map and a list, each in document order', data: { hazards: { $csv: 'h.csv' }, list: [{ x: 1 }, { $csv: 'l.csv' }] }, pointers: ['/hazards', '/list/1'] },
    { name: 'given a key with / and ~, the pointer escapes it', data: { 'a/b~c': { $csv: 'x.csv' } }, pointers: ['/a~1b~0c'] },
    { name: 'given a reference inside a reference, only the outer one', data: { outer: { $csv: 'o.csv', inner: { $csv: 'i.csv' } } }, pointers: ['/outer'] },
    { name: 'given a list whose item looks like one, the list itself is not taken', data: { l: Object.assign([], { $csv: 'no' }) }, pointers: [] },
  ])('$name', ({ data, pointers }) => {
    expect(findReferences(data, isCsv).map((found) => found.pointer)).toEqual(pointers);
  });

  it('gives the very object found, and leaves the data as it was', () => {
    const inner = { $csv: 'h.csv' };
    const data = { hazards: inner };
    const before = structuredClone(data);
    expect(findReferences(data, isCsv)[0]?.record).toBe(inner);
    expect(data).toEqual(before);
  });
});
