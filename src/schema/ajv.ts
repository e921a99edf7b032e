import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { isValidCreditCode } from './credit-code.js';
import type { JsonSchema } from './types.js';

/** One ajv instance per schema: all errors, our own formats, and `title`/`description` allowed. */
export function createAjv(): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true });
  (addFormats as unknown as (a: Ajv, f: string[]) => Ajv)(ajv, ['date']);
  ajv.addFormat('credit-code', { type: 'string', validate: isValidCreditCode });
  return ajv;
}

export function compileSchema(schema: JsonSchema): ValidateFunction {
  return createAjv().compile(schema);
}

export type { ValidateFunction, ErrorObject } from 'ajv';
