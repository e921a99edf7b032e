import { describe, expect, it } from 'vitest';
import { applyPatch } from '../../src/engine/index.js';

describe('applyPatch', () => {
  const data = { a: { b: 1, c: [1, 2, 3] }, d: 'x' };

  it.each([
    ['a set', { '/a/b': 2 }, { a: { b: 2, c: [1, 2, 3] }, d: 'x' }],
    ['a removal with null', { '/d': null }, { a: { b: 1, c: [1, 2, 3] } }],
    ['a list item removal', { '/a/c/0': null }, { a: { b: 1, c: [2, 3] }, d: 'x' }],
    ['an append with -', { '/a/c/-': 4 }, { a: { b: 1, c: [1, 2, 3, 4] }, d: 'x' }],
    ['a path through missing parents', { '/e/f/0': 'y' }, { a: { b: 1, c: [1, 2, 3] }, d: 'x', e: { f: ['y'] } }],
  ])('given %s, returns the patched copy', (_name, patch, expected) => {
    expect(applyPatch(data, patch)).toEqual(expected);
  });

  it('never changes its input', () => {
    applyPatch(data, { '/a/b': 9, '/a/c/-': 9, '/d': null, '/a/c/0': null });
    expect(data).toEqual({ a: { b: 1, c: [1, 2, 3] }, d: 'x' });
  });

  it("copies only what lies on a pointer's way, and shares the rest", () => {
    const big = { left: { deep: [{ n: 1 }] }, right: { n: 2 } };
    const patched = applyPatch(big, { '/right/n': 3 });
    expect(patched.left).toBe(big.left);
    expect(patched.right).not.toBe(big.right);
    expect(big.right.n).toBe(2);
  });

  it('given two pointers into one object, applies both to the one copy', () => {
    expect(applyPatch(data, { '/a/b': 5, '/a/c/1': 7 })).toEqual({ a: { b: 5, c: [1, 7, 3] }, d: 'x' });
  });
});
