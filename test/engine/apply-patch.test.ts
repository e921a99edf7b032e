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
    applyPatch(data, { '/a/b': 9, '/a/c/-': 9 });
    expect(data).toEqual({ a: { b: 1, c: [1, 2, 3] }, d: 'x' });
  });
});
