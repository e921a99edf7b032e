import { describe, expect, it } from 'vitest';
import { drawBoxTable } from '../../src/report/util-box-table.js';

const formatBoxTable = (...args: Parameters<typeof drawBoxTable>) => Array.from(drawBoxTable(...args)).join('');

describe('drawBoxTable', () => {
  it('given wrapped cells, draws each row as tall as its tallest cell, CJK two columns wide and colour codes zero', () => {
    const table = formatBoxTable(['规则', 'Level'], [['GEN-1\n\x1b[34m集团\x1b[39m', 'major'], ['X', '一般']], [8, 7]);
    expect(table.split('\n')).toEqual([
      '┌────────┬───────┐',
      '│ 规则   │ Level │',
      '├────────┼───────┤',
      '│ GEN-1  │ major │',
      '│ \x1b[34m集团\x1b[39m   │       │',
      '├────────┼───────┤',
      '│ X      │ 一般  │',
      '└────────┴───────┘',
    ]);
  });

  it('given no rows, draws the head alone', () => {
    expect(formatBoxTable(['a'], [], [3]).split('\n')).toEqual(['┌───┐', '│ a │', '└───┘']);
  });
});
