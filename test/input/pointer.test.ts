import { describe, expect, it } from 'vitest';
import { joinPointer, locatePointer, pointerToPath, splitPointer } from '../../src/input/index.js';

describe('pointers', () => {
  it.each([
    ['/hazards/2/deadline', 'hazards[2].deadline'],
    ['/enterprise/creditCode', 'enterprise.creditCode'],
    ['', ''],
  ])('given %j, reads as %j', (pointer, path) => expect(pointerToPath(pointer)).toBe(path));

  it('given tokens with / and ~, round-trips through join and split', () => {
    expect(splitPointer(joinPointer(['a/b', 'c~d', 3]))).toEqual(['a/b', 'c~d', '3']);
  });

  it('given a pointer to a missing field, locates its nearest ancestor', () => {
    const map = new Map([['', { file: 'f', line: 1, column: 1 }], ['/a', { file: 'f', line: 2, column: 3 }]]);
    expect(locatePointer(map, '/a/b/c')).toEqual({ file: 'f', line: 2, column: 3 });
    expect(locatePointer(map, '/z')).toEqual({ file: 'f', line: 1, column: 1 });
  });
});
