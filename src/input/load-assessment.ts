import { readFile } from 'node:fs/promises';
import type { JsonSchema, ValidateFunction } from '../schema/index.js';
import { decodeText } from './decode.js';
import { errorAt } from './diagnostics.js';
import { validateAgainstSchema } from './validate.js';
import { parseYaml } from './yaml.js';
import { resolveIncludes, type Document } from './resolve-includes.js';
import { surveyFolder } from './survey-folder.js';
import type { Assessment, Parsed } from './types.js';

/**
 * Read, decode, parse and validate one self-assessment file. Problems come back as diagnostics.
 * `label` is the name locations carry (the path as the user typed it).
 */
export async function loadAssessment(file: string, schema: AssessmentSchema, label = file): Promise<Parsed<Assessment>> {
  const bytes = await readBytes(file, label);
  if (!bytes.value) return { diagnostics: bytes.diagnostics };
  const parsed = parseAssessmentText(bytes.value, label);
  if (!parsed.value) return { diagnostics: parsed.diagnostics };
  const included = await resolveIncludes(parsed.value, file, label, schema.schema);
  const warnings = await surveyFolder(file, label, parsed.value.data, schema.schema, new Set([file, ...(parsed.value.read ?? [])]));
  if (!included.value) return { diagnostics: [...included.diagnostics, ...warnings] };
  const validated = validateAssessment(included.value, label, schema.validate);
  if (!validated.value) return { diagnostics: [...validated.diagnostics, ...warnings] };
  return { value: { ...validated.value, ...(warnings.length ? { warnings } : {}) }, diagnostics: [] };
}

/** The composed assessment schema and its compiled validator, built once per run. */
export interface AssessmentSchema {
  schema: JsonSchema;
  validate: ValidateFunction;
}

/** Decode and parse an assessment; a key left empty (`deadline:`) counts as not filled in. */
export function parseAssessmentText(bytes: Uint8Array, file: string): Parsed<Document> {
  const text = decodeText(bytes, file);
  if (text.value === undefined) return { diagnostics: text.diagnostics };
  const parsed = parseYaml(text.value, file);
  if (!parsed.value) return { diagnostics: parsed.diagnostics };
  return { value: { data: dropEmpty(parsed.value.data) as Record<string, unknown>, sourceMap: parsed.value.sourceMap }, diagnostics: [] };
}

export function validateAssessment(doc: Document, file: string, validate: ValidateFunction): Parsed<Assessment> {
  const diagnostics = validateAgainstSchema(validate, doc.data, doc.sourceMap);
  if (diagnostics.length) return { diagnostics };
  return { value: { file, data: doc.data, sourceMap: doc.sourceMap, ...(doc.absentColumns?.length ? { absentColumns: doc.absentColumns } : {}) }, diagnostics: [] };
}

/** Remove mapping entries whose value is null, at every depth. */
function dropEmpty(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(dropEmpty);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).filter(([, child]) => child !== null).map(([key, child]) => [key, dropEmpty(child)]));
}

export async function readBytes(file: string, label = file): Promise<Parsed<Uint8Array>> {
  try {
    return { value: await readFile(file), diagnostics: [] };
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    return {
      diagnostics: [errorAt(missing ? 'file-not-found' : 'file-unreadable', { key: missing ? 'file-not-found' : 'file-unreadable' }, { file: label, line: 1, column: 1 })],
    };
  }
}
