// One value grammar for YAML and CSV: where the schema asks for a yes/no, a number or a date and the YAML
// gives text, the text is read as a spreadsheet cell is (coerce-cell.ts) — `established: 是`, `2026/3/5`,
// `2026年3月5日`, `1,234,567.89`, `¥120,000`. Text that does not read that way is left as it is, for the
// schema check to report at its line.
import type { JsonSchema } from '../schema/index.js';
import { coerceCell } from './coerce-cell.js';
import { mapEntries } from './util-map-entries.js';

const READABLE = new Set(['boolean', 'integer', 'number']);

/**
 * The value with such text read; the input is never changed. A list or object none of whose values changed is
 * returned as it is, so an assessment written as the schema asks (ISO dates, YAML booleans) is not copied.
 */
export function humaniseValues(value: unknown, schema: JsonSchema | undefined): unknown {
  if (!schema) return value;
  if (typeof value === 'string') {
    const wanted = READABLE.has(String(schema.type)) || (schema.type === 'string' && (schema.format === 'date' || schema.format === 'local-date-time'));
    if (!wanted || value.trim() === '') return value;
    const coerced = coerceCell(value, schema);
    return coerced.error ? value : coerced.value;
  }
  if (Array.isArray(value)) return mapEntries(value, (item) => humaniseValues(item, schema.items as JsonSchema | undefined));
  if (value && typeof value === 'object') {
    const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
    return mapEntries(value, (child, key) => humaniseValues(child, properties[key]));
  }
  return value;
}
