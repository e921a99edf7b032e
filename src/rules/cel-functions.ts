// Helpers available to every rule expression beside CEL's own. Small, general and pure: a helper
// never encodes one rule's knowledge (that belongs in the pack). Documented in rules/README.md.

const DAY_MS = 86_400_000;

/**
 * A pure function of a string, remembered: a ledger of 50,000 trips names the same dates and times over and
 * over. The memory is bounded (emptied when full), and a value that throws is never remembered.
 */
function remembered<T>(compute: (text: string) => T, limit = 100_000): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    let value = known.get(text);
    if (value === undefined) {
      value = compute(text);
      if (known.size >= limit) known.clear();
      known.set(text, value);
    }
    return value;
  };
}

/** `YYYY-MM-DD` → days since 1970-01-01 (UTC), so date arithmetic never depends on the time zone. */
export const dayNumber = remembered((date: string): number => {
  const [year, month, day] = date.split('-').map(Number);
  const value = Date.UTC(year ?? NaN, (month ?? NaN) - 1, day ?? NaN) / DAY_MS;
  if (!Number.isFinite(value)) throw new Error(`not a date: ${date}`);
  return value;
});

/** Whole months from `from` to `to` (a month counts once its day of month is reached). */
export function wholeMonthsBetween(from: string, to: string): number {
  const [y1, m1, d1] = from.split('-').map(Number) as [number, number, number];
  const [y2, m2, d2] = to.split('-').map(Number) as [number, number, number];
  return (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0);
}

/** Regressive (tiered) amount: the part of `amount` above bounds[i] and up to bounds[i+1] is charged at rates[i]. */
export function tiered(amount: number, bounds: readonly number[], rates: readonly number[]): number {
  if (bounds.length !== rates.length || bounds.length === 0) throw new Error('tiered(): bounds and rates must be non-empty and of equal length');
  return bounds.reduce((total, lower, i) => {
    const upper = bounds[i + 1] ?? Infinity;
    return amount > lower ? total + (Math.min(amount, upper) - lower) * (rates[i] ?? 0) : total;
  }, 0);
}

/** `YYYY-MM-DD HH:MM[:SS]` (or a bare date, at midnight) → minutes since 1970-01-01, UTC arithmetic. */
export const minuteNumber = remembered((dateTime: string): number => {
  const match = /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}):(\d{2})(?::\d{2})?)?$/.exec(dateTime);
  if (!match) throw new Error(`not a date-time: ${dateTime}`);
  return dayNumber(match[1]!) * 1440 + Number(match[2] ?? 0) * 60 + Number(match[3] ?? 0);
});

/** Read a field a rule named as a string; a row without it makes the expression fail (indeterminate), never a guess. */
function field(row: unknown, name: string): unknown {
  const value = row instanceof Map ? row.get(name) : (row as Record<string, unknown> | null)?.[name];
  if (value === undefined) throw new Error(`No such key: ${name}`);
  return value;
}

const groupKey = (row: unknown, keys: readonly string[]) => keys.map((key) => String(field(row, key))).join('|');

/** Totals of `valueField` per group of rows sharing the `keys` fields (joined with `|`): one pass over a ledger. */
export function sumBy(rows: readonly unknown[], keys: readonly string[], valueField: string): Map<string, number> {
  const totals = new Map<string, number>();
  for (const row of rows) {
    const key = groupKey(row, keys);
    totals.set(key, (totals.get(key) ?? 0) + Number(field(row, valueField)));
  }
  return totals;
}

/** Number of rows per group of rows sharing the `keys` fields (joined with `|`). */
export function countBy(rows: readonly unknown[], keys: readonly string[]): Map<string, bigint> {
  const counts = new Map<string, bigint>();
  for (const row of rows) {
    const key = groupKey(row, keys);
    counts.set(key, (counts.get(key) ?? 0n) + 1n);
  }
  return counts;
}

export interface CelFunction {
  signature: string;
  handler: (...args: never[]) => unknown;
  description: string;
}

/** The helper functions for one audit date (`asOf`, YYYY-MM-DD). */
export function celFunctions(asOf: string): CelFunction[] {
  const today = dayNumber(asOf);
  return [
    { signature: 'daysSince(string): int', handler: (date: string) => BigInt(today - dayNumber(date)), description: 'Days from the date to asOf.' },
    { signature: 'daysUntil(string): int', handler: (date: string) => BigInt(dayNumber(date) - today), description: 'Days from asOf to the date (negative once past).' },
    { signature: 'monthsSince(string): int', handler: (date: string) => BigInt(wholeMonthsBetween(date, asOf)), description: 'Whole months from the date to asOf.' },
    { signature: 'yearOf(string): int', handler: (date: string) => BigInt(Number(date.slice(0, 4))), description: 'The year of a date.' },
    { signature: 'tiered(double, list<double>, list<double>): double', handler: tiered, description: 'Regressive amount over bands.' },
    { signature: 'minutesBetween(string, string): int', handler: (from: string, to: string) => BigInt(minuteNumber(to) - minuteNumber(from)), description: 'Minutes from one date-time to another.' },
    { signature: 'hourOf(string): int', handler: (dateTime: string) => BigInt(Math.floor((minuteNumber(dateTime) % 1440) / 60)), description: 'The hour (0–23) of a date-time.' },
    { signature: 'sumBy(list<dyn>, list<string>, string): map<string, double>', handler: sumBy, description: 'Totals of a field per group of rows.' },
    { signature: 'countBy(list<dyn>, list<string>): map<string, int>', handler: countBy, description: 'Rows per group.' },
    { signature: 'min(double, double): double', handler: (a: number, b: number) => Math.min(a, b), description: 'The smaller number.' },
    { signature: 'min(int, int): int', handler: (a: bigint, b: bigint) => (a < b ? a : b), description: 'The smaller integer.' },
    { signature: 'max(double, double): double', handler: (a: number, b: number) => Math.max(a, b), description: 'The larger number.' },
    { signature: 'max(int, int): int', handler: (a: bigint, b: bigint) => (a > b ? a : b), description: 'The larger integer.' },
    { signature: 'sum(list<double>): double', handler: (values: number[]) => values.reduce((a, b) => a + b, 0), description: 'Sum of numbers.' },
    { signature: 'sum(list<int>): int', handler: (values: bigint[]) => values.reduce((a, b) => a + b, 0n), description: 'Sum of integers.' },
  ];
}
