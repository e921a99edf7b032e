import { describe, expect, it } from 'vitest';
import { celFunctions, countBy, sumBy, tiered, wholeMonthsBetween } from '../../src/rules/index.js';

const call = (asOf: string, name: string, ...args: unknown[]) => {
  const fn = celFunctions(asOf).find((f) => f.signature.startsWith(`${name}(`));
  return (fn!.handler as (...a: unknown[]) => unknown)(...args);
};

describe('rule helpers', () => {
  it.each([
    ['daysSince', '2026-03-01', '2026-02-27', 2n],
    ['daysSince', '2024-03-01', '2024-02-28', 2n],
    ['daysUntil', '2026-11-20', '2026-11-19', -1n],
    ['daysUntil', '2026-11-20', '2026-11-20', 0n],
    ['monthsSince', '2026-11-20', '2026-05-20', 6n],
    ['monthsSince', '2026-11-19', '2026-05-20', 5n],
    ['yearOf', '2026-11-20', '2021-03-05', 2021n],
  ])('given asOf %s… %s(%s) is %s', (name, asOf, date, expected) => {
    expect(call(asOf, name, date)).toBe(expected);
  });

  it.each([
    [5_000_000, 225_000],
    [10_000_000, 450_000],
    [50_000_000, 450_000 + 40_000_000 * 0.0225],
    [2_000_000_000, 450_000 + 2_025_000 + 4_950_000 + 1_000_000_000 * 0.002],
    [0, 0],
  ])('given revenue %d, the 2022 hazardous-goods bands give %d', (revenue, fee) => {
    expect(tiered(revenue, [0, 1e7, 1e8, 1e9], [0.045, 0.0225, 0.0055, 0.002])).toBeCloseTo(fee, 6);
  });

  it('given bounds and rates of different lengths, refuses (the expression becomes indeterminate)', () => {
    expect(() => tiered(1, [0, 1], [0.1])).toThrow();
  });

  it('counts a month only once its day of month is reached', () => {
    expect(wholeMonthsBetween('2026-01-31', '2026-02-28')).toBe(0);
    expect(wholeMonthsBetween('2026-01-15', '2027-01-15')).toBe(12);
  });
});

describe('min and max', () => {
  it('work on numbers and on integers', () => {
    expect(call('2026-01-01', 'min', 3.5, 2)).toBe(2);
    expect(call('2026-01-01', 'max', 3.5, 2)).toBe(3.5);
  });
});

describe('ledger helpers', () => {
  const logs = [
    { driver: '甲', date: '2026-11-01', hours: 5 },
    { driver: '甲', date: '2026-11-01', hours: 4.5 },
    { driver: '乙', date: '2026-11-01', hours: 2 },
  ];

  it('sumBy totals a field per group in one pass', () => {
    expect(sumBy(logs, ['driver', 'date'], 'hours')).toEqual(new Map([['甲|2026-11-01', 9.5], ['乙|2026-11-01', 2]]));
  });

  it('countBy counts rows per group', () => {
    expect(countBy(logs, ['driver'])).toEqual(new Map([['甲', 2n], ['乙', 1n]]));
  });

  it('given a field name no row has, fails (the rule becomes indeterminate) instead of grouping under "undefined"', () => {
    expect(() => sumBy(logs, ['drivr'], 'hours')).toThrow(/No such key: drivr/);
  });

  it.each([
    ['2026-11-01 08:00', '2026-11-01 12:30', 270n],
    ['2026-11-01 22:00', '2026-11-02 02:00', 240n],
    ['2026-11-01', '2026-11-02 01:00', 1500n],
  ])('minutesBetween(%s, %s) is %s', (from, to, minutes) => {
    expect(call('2026-01-01', 'minutesBetween', from, to)).toBe(minutes);
  });

  it('hourOf reads the hour of a date-time', () => {
    expect(call('2026-01-01', 'hourOf', '2026-11-01 23:59')).toBe(23n);
  });
});
