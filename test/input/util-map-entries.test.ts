import { describe, expect, it } from 'vitest';
import { DROP, mapEntries } from '../../src/input/util-map-entries.js';

describe('mapEntries', () => {
  it('given no entry changed, returns the very list or object', () => {
    const list = [1, { a: 2 }];
    const record = { a: 1, b: [2] };
    expect(mapEntries(list, (child) => child)).toBe(list);
    expect(mapEntries(record, (child) => child)).toBe(record);
  });

  it('given an entry changed, returns a copy with it, the others shared, and the input as it was', () => {
    const shared = { deep: true };
    const record = { a: 1, b: shared };
    const mapped = mapEntries(record, (child, key) => (key === 'a' ? 2 : child)) as typeof record;
    expect(mapped).toEqual({ a: 2, b: shared });
    expect(mapped.b).toBe(shared);
    expect(record).toEqual({ a: 1, b: shared });
    expect(mapEntries([1, 2, 3], (child, key) => (key === '1' ? 20 : child))).toEqual([1, 20, 3]);
  });

  it('given DROP for an entry of an object, removes it and keeps the order of the rest', () => {
    const record = { a: 1, b: null, c: 3 };
    expect(Object.keys(mapEntries(record, (child) => (child === null ? DROP : child)))).toEqual(['a', 'c']);
    expect(record).toEqual({ a: 1, b: null, c: 3 });
  });
});
