import { describe, expect, it } from 'vitest';
import { displayWidth, wrapText } from '../../src/report/util-wrap-text.js';

describe('wrapText', () => {
  it('counts CJK characters as two columns', () => {
    expect(displayWidth('隐患A')).toBe(5);
    expect(displayWidth('（）：')).toBe(6);
  });

  it('given Chinese text without spaces, wraps it at the width and loses nothing', () => {
    const text = '主要负责人最近一次履职尽责承诺签订于2026-01-15已超过十二个月';
    const wrapped = wrapText(text, 20);
    expect(wrapped.split('\n').every((line) => displayWidth(line) <= 20)).toBe(true);
    expect(wrapped.replace(/\n/g, '')).toBe(text);
  });

  it('given English text, breaks at spaces', () => {
    expect(wrapText('the licence expired on 2026-11-19', 16)).toBe('the licence\nexpired on\n2026-11-19');
  });
});
