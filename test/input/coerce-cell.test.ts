import { describe, expect, it } from 'vitest';
import { coerceCell } from '../../src/input/coerce-cell.js';

const DATE = { type: 'string', format: 'date' };
const BOOL = { type: 'boolean' };
const INT = { type: 'integer' };
const NUM = { type: 'number' };

describe('coerceCell', () => {
  it.each([
    ['2021-03-05', DATE, '2021-03-05'],
    ['2021/3/5', DATE, '2021-03-05'],
    ['2021.3.5', DATE, '2021-03-05'],
    ['2021年3月5日', DATE, '2021-03-05'],
    ['２０２１年３月５日', DATE, '2021-03-05'],
    ['2021/3/5 0:00', DATE, '2021-03-05'],
    ['44260', DATE, '2021-03-05'],
    ['61', DATE, '1900-03-01'],
    ['是', BOOL, true], ['否', BOOL, false], ['有', BOOL, true], ['无', BOOL, false],
    ['√', BOOL, true], ['×', BOOL, false], ['Y', BOOL, true], ['n', BOOL, false],
    ['TRUE', BOOL, true], ['false', BOOL, false], ['1', BOOL, true], ['0', BOOL, false],
    ['1,234,567.89', NUM, 1234567.89], ['１２３', INT, 123], ['¥1,000元', NUM, 1000], ['-5', INT, -5], ['3.5', NUM, 3.5],
    ['  甲公司 ', { type: 'string' }, '甲公司'],
  ])('given %j, reads %j', (raw, schema, value) => {
    expect(coerceCell(raw, schema)).toEqual({ value });
  });

  it.each([
    ['2021-02-30', DATE, 'cell-impossible-date'],
    ['2021/13/1', DATE, 'cell-impossible-date'],
    ['3月5日', DATE, 'cell-date'],
    ['60', DATE, 'cell-date'],
    ['明天', DATE, 'cell-date'],
    ['可能', BOOL, 'cell-boolean'],
    ['一百', NUM, 'cell-number'],
    ['1,23', NUM, 'cell-number'],
    ['3.5', INT, 'cell-integer'],
    ['123456789012345678901234567890', NUM, 'number-out-of-range'],
    ['9'.repeat(400), NUM, 'number-out-of-range'],
  ])('given %j, refuses it as %s', (raw, schema, key) => {
    expect(coerceCell(raw, schema).error?.key).toBe(key);
  });
});

describe('coerceCell for date-times', () => {
  const DATE_TIME = { type: 'string', format: 'local-date-time' };
  it.each([
    ['2026/3/5 14:30', '2026-03-05 14:30'],
    ['2026-03-05T08:05:00', '2026-03-05 08:05'],
    ['2026年3月5日 9:00', '2026-03-05 09:00'],
    ['46086.75', '2026-03-05 18:00'],
  ])('given %j, reads %j', (raw, value) => expect(coerceCell(raw, DATE_TIME)).toEqual({ value }));

  it.each([
    ['2026/3/5', 'cell-date-time'],
    ['2026/3/5 25:00', 'cell-date-time'],
    ['2026/2/30 10:00', 'cell-impossible-date'],
  ])('given %j, refuses it as %s', (raw, key) => expect(coerceCell(raw, DATE_TIME).error?.key).toBe(key));
});
