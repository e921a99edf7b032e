// A spreadsheet cell → the value its schema asks for, read as the person meant it: 是/否, 2021/3/5,
// 2021年3月5日, Excel serial dates, 1,234,567.89, full-width digits. Anything else is an error for the cell.
import type { MessageRef } from '../i18n/index.js';
import type { JsonSchema } from '../schema/index.js';

export type Coerced = { value: unknown; error?: never } | { value?: never; error: MessageRef };

const TRUE_WORDS = new Set(['是', '有', '√', '✓', '✔', 'y', 'yes', 'true', '1']);
const FALSE_WORDS = new Set(['否', '无', '×', '✗', '✘', 'n', 'no', 'false', '0']);

/** Coerce one non-empty cell by its field's schema. */
export function coerceCell(raw: string, schema: JsonSchema): Coerced {
  const text = raw.normalize('NFKC').trim();
  switch (schema.type) {
    case 'boolean': return coerceBoolean(text);
    case 'integer':
    case 'number': return coerceNumber(text, schema.type === 'integer');
    case 'string':
      if (schema.format === 'date') return coerceDate(text);
      if (schema.format === 'local-date-time') return coerceDateTime(text);
      return { value: raw.trim() };
    default: return { value: raw.trim() };
  }
}

function coerceBoolean(text: string): Coerced {
  const word = text.toLowerCase();
  if (TRUE_WORDS.has(word)) return { value: true };
  if (FALSE_WORDS.has(word)) return { value: false };
  return { error: { key: 'cell-boolean', params: { value: text } } };
}

/**
 * Finite, and a whole number written as one (no point, no exponent) only within the range where every integer
 * is exact (±9,007,199,254,740,991): 123456789012345678901234567890 would silently lose its last digits.
 */
export const isSafeNumber = (value: number, written: string): boolean => Number.isFinite(value) && (/[.eE]/.test(written) || Number.isSafeInteger(value));

function coerceNumber(text: string, integer: boolean): Coerced {
  const plain = text.replace(/^[¥￥]/, '').replace(/元$/, '').trim();
  const grouped = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(plain);
  const digits = grouped ? plain.replace(/,/g, '') : plain;
  if (!/^-?\d+(\.\d+)?$/.test(digits)) return { error: { key: 'cell-number', params: { value: text } } };
  const value = Number(digits);
  if (!isSafeNumber(value, digits)) return { error: { key: 'number-out-of-range', params: { value: text } } };
  if (integer && !Number.isInteger(value)) return { error: { key: 'cell-integer', params: { value: text } } };
  return { value };
}

const DATE_FORMS = [
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/,
  /^(\d{4})年(\d{1,2})月(\d{1,2})日$/,
];
/** Excel's day 0 is 1899-12-30 for serials from 61 on (1900-02-29, serial 60, never existed). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

function coerceDate(text: string): Coerced {
  for (const form of DATE_FORMS) {
    const match = form.exec(text);
    if (match) return calendarDate(Number(match[1]), Number(match[2]), Number(match[3]), text);
  }
  if (/^\d{1,7}$/.test(text)) {
    const serial = Number(text);
    if (serial >= 61 && serial <= 2_958_465) return { value: new Date(EXCEL_EPOCH + serial * DAY_MS).toISOString().slice(0, 10) };
  }
  return { error: { key: 'cell-date', params: { value: text } } };
}

/** 2026/3/5 14:30, 2026-03-05T14:30:00, 2026年3月5日 14:30, or an Excel serial with a fraction of a day. */
function coerceDateTime(text: string): Coerced {
  const serial = /^(\d{1,7})(\.\d+)?$/.exec(text);
  if (serial) {
    const minutes = Math.round(Number(`0${serial[2] ?? ''}`) * 1440);
    const date = coerceDate(serial[1]!);
    return date.error ? { error: { key: 'cell-date-time', params: { value: text } } } : { value: `${date.value} ${clock(minutes)}` };
  }
  const match = /^(.+?)[ T](\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(text);
  if (!match || Number(match[2]) > 23 || Number(match[3]) > 59) return { error: { key: 'cell-date-time', params: { value: text } } };
  const date = coerceDate(match[1]!);
  if (date.error) return date.error.key === 'cell-impossible-date' ? date : { error: { key: 'cell-date-time', params: { value: text } } };
  return { value: `${date.value} ${clock(Number(match[2]) * 60 + Number(match[3]))}` };
}

const clock = (minutes: number) => `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const two = (n: number) => (n < 10 ? `0${n}` : String(n));

function calendarDate(year: number, month: number, day: number, text: string): Coerced {
  // The common case without a Date: a year of four digits (every ledger's), its month and its day checked.
  if (year >= 1000 && year <= 9999) {
    const days = month === 2 && isLeap(year) ? 29 : MONTH_DAYS[month - 1];
    if (days === undefined || !Number.isInteger(day) || day < 1 || day > days) return { error: { key: 'cell-impossible-date', params: { value: text } } };
    return { value: `${year}-${two(month)}-${two(day)}` };
  }
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return { error: { key: 'cell-impossible-date', params: { value: text } } };
  }
  return { value: date.toISOString().slice(0, 10) };
}
