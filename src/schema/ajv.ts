import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
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
export function createAjv(options: { standalone?: 'esm' | 'cjs' } = {}): Ajv {
  const { Ajv, _ } = loadAjv();
  const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true, ...(options.standalone ? { code: { source: true, esm: options.standalone === 'esm', formats: _`formats` } } : {}) });
  for (const [name, format] of Object.entries(formats)) ajv.addFormat(name, format);
  return ajv;
}

/**
 * Where the build writes what it compiles ahead (src/cli/build-precompiled.ts): validators, and the packs
 * parsed (rules/precompiled.ts). Reached the same way from src/, dist/ and dist/bundle/.
 */
export const PRECOMPILED = new URL('../../dist/precompiled/', import.meta.url);

/** The file of the build's validator for `schema`: named by the schema's digest, so an edited schema never meets a stale one. */
export const builtValidatorFile = (schema: JsonSchema): URL => new URL(`schema-${schemaDigest(schema)}.cjs`, PRECOMPILED);

/**
 * A validator for `schema`: the one the build generated from this very schema (a config, the waivers, a report
 * read back), or compiled now. Compiling loads ajv and its meta-schema, about 0.1 s of a run that reads a config.
 */
export function compileSchema(schema: JsonSchema): ValidateFunction {
  const file = builtValidatorFile(schema);
  if (existsSync(file)) return loadSection(file).factory(formats);
  return createAjv().compile(schema);
}

/** A digest naming a schema exactly, to tell whether a precompiled validator was built from it. */
export function schemaDigest(schema: JsonSchema): string {
  return createHash('sha256').update(JSON.stringify(schema)).digest('hex');
}

/** The files of a precompiled validator: the module to import, and each top-level section's code beside it. */
export interface StandaloneValidator {
  /** The ES module whose `validate` checks a whole document. */
  root: string;
  /** File name → source of one top-level section's validator factory, loaded the first time a document has that section. */
  sections: Record<string, string>;
}

/**
 * A validator for `schema` compiled ahead of time (ajv standalone code), so that loading it costs a module
 * parse instead of ajv's code generation. The top level is one module; each top-level section is a file of
 * its own, required the first time a document has that section, so a general enterprise's check neither
 * parses nor compiles the coal-mine section's 400 KB of validation. The modules import `formats` from
 * `formatsModule` (relative to where they are written) and ajv's runtime helpers through `require`. The
 * errors are those of the schema compiled whole, in the same order (test/rules/precompiled.test.ts).
 */
export function standaloneValidator(schema: JsonSchema, formatsModule: string): StandaloneValidator {
  const names = Object.keys(schema.properties ?? {});
  const fileOf = (name: string) => `section-${name}.cjs`;
  const rootCode = generate({ ...schema, properties: Object.fromEntries(names.map((name) => [name, true as unknown as JsonSchema])) }, true);
  const opening = /^"use strict";export const validate = (validate\d+);export\s+\w+\s+\1;/.exec(rootCode);
  const rootName = opening?.[1];
  if (!opening || !rootName) throw new Error('ajv standalone code changed its opening: the precompiled validator needs updating');
  const sections = Object.fromEntries(names.map((name) => [
    fileOf(name),
    standaloneFactory({ ...(schema.$schema ? { $schema: schema.$schema } : {}), ...(schema.$defs ? { $defs: schema.$defs } : {}), ...schema.properties![name]! }),
  ]));
  const root = [
    `import { createRequire } from 'node:module';`,
    `import { formats, loadSection } from ${JSON.stringify(formatsModule)};`,
    `const require = createRequire(import.meta.url);`,
    rootCode.slice(opening[0].length),
    `const files = ${JSON.stringify(Object.fromEntries(names.map((name) => [name, fileOf(name)])))};`,
    `const loaded = new Map();`,
    `const section = (name) => { let validate = loaded.get(name); if (!validate) loaded.set(name, (validate = loadSection(new URL(files[name], import.meta.url)).factory(formats))); return validate; };`,
    // As ajv orders the errors of the schema compiled whole: the document's own keywords first, then each section's.
    `export function validate(data) {`,
    `  const valid = ${rootName}(data);`,
    `  const errors = ${rootName}.errors ?? [];`,
    `  if (data && typeof data === 'object' && !Array.isArray(data)) {`,
    `    for (const name of Object.keys(files)) {`,
    `      if (data[name] === undefined) continue;`,
    `      const check = section(name);`,
    `      if (check(data[name], { instancePath: '/' + name, parentData: data, parentDataProperty: name, rootData: data })) continue;`,
    `      for (const error of check.errors) errors.push({ ...error, schemaPath: '#/properties/' + name + error.schemaPath.slice(1) });`,
    `    }`,
    `  }`,
    `  validate.errors = errors.length ? errors : null;`,
    `  return valid && !validate.errors;`,
    `}`,
  ].join('\n');
  return { root: `${root}\n`, sections };
}

/** ajv's standalone code for `schema` as a file `loadSection` reads: a function of `formats` and `require` that returns the validator. */
export function standaloneFactory(schema: JsonSchema): string {
  const code = generate(schema, false);
  const name = /^"use strict";module\.exports = (validate\d+);module\.exports\.default = \1;/.exec(code)?.[1];
  if (!name) throw new Error('ajv standalone code changed its opening: the precompiled validator needs updating');
  const body = code.slice(code.indexOf(';module.exports.default') + `;module.exports.default = ${name};`.length);
  return `(function (formats, require) {\n"use strict";\n${body}\nreturn ${name};\n})\n`;
}

/** A section's validator as its file builds it: `factory(formats)`; `script` to make its code cache from. */
export interface LoadedSection {
  factory: (formats: Record<string, Format>) => ValidateFunction;
  script: Script;
}

/**
 * A precompiled section's file (a function of `formats` and `require`, which returns its validator), with V8's code cache beside it
 * (`<file>.cache`, written by the build after validating the fixtures) where there is one: the section's
 * functions then start compiled. A cache another Node made, or one that no longer fits the file, is set aside
 * by V8 and the code compiled as usual.
 */
export function loadSection(file: URL | string): LoadedSection {
  const path = typeof file === 'string' ? file : fileURLToPath(file);
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(`${path}.cache`);
  } catch {
    cachedData = undefined;
  }
  const script = new Script(readFileSync(path, 'utf8'), { filename: path, ...(cachedData ? { cachedData } : {}) });
  const make = script.runInThisContext() as (formats: Record<string, Format>, require: NodeJS.Require) => ValidateFunction;
  // ajv's runtime helpers are required from where the file is, as a CommonJS module's would be.
  const requireHere = createRequire(path);
  return { factory: (formats) => make(formats, requireHere), script };
}

/** ajv's standalone source for `schema`: an ES module, or CommonJS. */
function generate(schema: JsonSchema, esm: boolean): string {
  const ajv = createAjv({ standalone: esm ? 'esm' : 'cjs' });
  const standaloneCode = (require('ajv/dist/standalone/index.js') as { default: (ajv: Ajv, validate: ValidateFunction) => string }).default;
  return standaloneCode(ajv, ajv.compile(schema));
}

export type { ValidateFunction, ErrorObject } from 'ajv';
