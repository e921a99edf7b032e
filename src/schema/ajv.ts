import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { isValidCreditCode } from './credit-code.js';

/** A wall-clock time without a zone, as driving logs and registers record it: `YYYY-MM-DD HH:MM[:SS]`. */
export function isLocalDateTime(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!match) return false;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0)) as number[];
  const date = new Date(Date.UTC(year!, month! - 1, day!));
  return date.getUTCMonth() === month! - 1 && date.getUTCDate() === day && hour! < 24 && minute! < 60 && (second ?? 0) < 60;
}
import type { JsonSchema } from './types.js';

/** One ajv instance per schema: all errors, our own formats, and `title`/`description` allowed. */
export function createAjv(): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true });
  (addFormats as unknown as (a: Ajv, f: string[]) => Ajv)(ajv, ['date']);
  ajv.addFormat('credit-code', { type: 'string', validate: isValidCreditCode });
  ajv.addFormat('local-date-time', { type: 'string', validate: isLocalDateTime });
  return ajv;
}

export function compileSchema(schema: JsonSchema): ValidateFunction {
  return createAjv().compile(schema);
}

export type { ValidateFunction, ErrorObject } from 'ajv';
