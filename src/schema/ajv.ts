import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import type { Ajv, Format, ValidateFunction } from 'ajv';
import { fullFormats } from 'ajv-formats/dist/formats.js';

// ajv itself is loaded on first use: a check of the bundled packs validates with the build's precompiled
// validator (which needs only ajv's small runtime helpers), and most runs compile no schema at all.
const require = createRequire(import.meta.url);
let ajvModule: typeof import('ajv') | undefined;
const loadAjv = () => (ajvModule ??= require('ajv') as typeof import('ajv'));
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

/** The formats our schemas use; precompiled validators import this very object (see `standaloneValidator`). */
export const formats: Record<string, Format> = {
  date: fullFormats.date,
  'date-time': fullFormats['date-time'],
  'credit-code': { type: 'string', validate: isValidCreditCode },
  'local-date-time': { type: 'string', validate: isLocalDateTime },
};

/** One ajv instance per schema: all errors, our own formats, and `title`/`description` allowed. */
export function createAjv(options: { standalone?: boolean } = {}): Ajv {
  const { Ajv, _ } = loadAjv();
  const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true, ...(options.standalone ? { code: { source: true, esm: true, formats: _`formats` }, inlineRefs: false } : {}) });
  for (const [name, format] of Object.entries(formats)) ajv.addFormat(name, format);
  return ajv;
}

export function compileSchema(schema: JsonSchema): ValidateFunction {
  return createAjv().compile(schema);
}

/** A digest naming a schema exactly, to tell whether a precompiled validator was built from it. */
export function schemaDigest(schema: JsonSchema): string {
  return createHash('sha256').update(JSON.stringify(schema)).digest('hex');
}

/**
 * The ES module source of a validator for `schema`, compiled ahead of time (ajv standalone code): it imports
 * `formats` from `formatsModule` (a URL or path relative to where the module will be written) and ajv's runtime
 * helpers through `require`, so loading it costs a module parse instead of ajv's code generation.
 */
export function standaloneValidator(schema: JsonSchema, formatsModule: string): string {
  const ajv = createAjv({ standalone: true });
  const standaloneCode = (require('ajv/dist/standalone/index.js') as { default: (ajv: Ajv, validate: ValidateFunction) => string }).default;
  const code = standaloneCode(ajv, ajv.compile(sectionsAsRefs(schema)));
  const header = [
    `import { createRequire } from 'node:module';`,
    `import { formats } from ${JSON.stringify(formatsModule)};`,
    `const require = createRequire(import.meta.url);`,
  ].join('\n');
  return `${header}\n${code.replace(/^"use strict";/, '')}\n`;
}

/**
 * The same schema with each top-level section behind a `$ref`. Generated without inlining, every section is a
 * function of its own, and V8 compiles only the functions a document calls: a general enterprise's check does
 * not compile the coal-mine section's validation. The errors are the same (same instance paths and keywords).
 */
function sectionsAsRefs(schema: JsonSchema): JsonSchema {
  const sections = Object.entries(schema.properties ?? {});
  return {
    ...schema,
    $defs: { ...((schema.$defs as Record<string, JsonSchema> | undefined) ?? {}), ...Object.fromEntries(sections.map(([name, section]) => [`section-${name}`, section])) },
    properties: Object.fromEntries(sections.map(([name]) => [name, { $ref: `#/$defs/section-${name}` }])),
  };
}

export type { ValidateFunction, ErrorObject } from 'ajv';
