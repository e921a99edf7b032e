// ajv errors → located, readable diagnostics ("hazards[2].deadline: 应为日期 YYYY-MM-DD"), never raw dumps.
import type { ErrorObject, ValidateFunction } from '../schema/index.js';
import type { MessageRef } from '../i18n/index.js';
import { errorAt, type Diagnostic } from './diagnostics.js';
import { escapePointerToken, locatePointer, splitPointer } from './pointer.js';
import type { SourceLocation } from './types.js';

/** Validate data against a compiled schema; each error names the value's pointer and location. */
export function validateAgainstSchema(
  validate: ValidateFunction,
  data: unknown,
  sourceMap: ReadonlyMap<string, SourceLocation>,
  code: 'schema-violation' | 'pack-invalid' | 'config-invalid' = 'schema-violation',
): Diagnostic[] {
  if (validate(data)) return [];
  const seen = new Set<string>();
  const diagnostics = (validate.errors ?? []).flatMap((error) => {
    const described = listHint(error, data) ?? describe(error);
    if (!described) return [];
    const id = `${described.pointer}|${described.message.key}`;
    if (seen.has(id)) return [];
    seen.add(id);
    const location = locatePointer(sourceMap, described.pointer);
    return [errorAt(code, described.message, location, described.pointer)];
  });
  return diagnostics.sort((a, b) => (a.location?.line ?? 0) - (b.location?.line ?? 0) || (a.location?.column ?? 0) - (b.location?.column ?? 0));
}

/** `activities: 生产、储存` where a list belongs: say how to write it as one, `[生产, 储存]`. */
function listHint(error: ErrorObject, data: unknown): { pointer: string; message: MessageRef } | undefined {
  if (error.keyword !== 'type' || !String((error.params as { type?: unknown }).type).startsWith('array')) return undefined;
  const value = splitPointer(error.instancePath).reduce<unknown>((node, token) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[token] : undefined), data);
  if (typeof value !== 'string') return undefined;
  const items = value.split(/[、，,；;\s]+/).map((item) => item.trim()).filter(Boolean);
  return { pointer: error.instancePath, message: { key: 'schema-type-array-hint', params: { list: `[${items.join(', ')}]` } } };
}

function describe(error: ErrorObject): { pointer: string; message: MessageRef } | undefined {
  const at = error.instancePath;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'if':
      return undefined;
    case 'required':
      return { pointer: `${at}/${escapePointerToken(String(params.missingProperty))}`, message: { key: 'schema-required' } };
    case 'additionalProperties':
      return { pointer: `${at}/${escapePointerToken(String(params.additionalProperty))}`, message: { key: 'schema-unknown-field' } };
    case 'type':
      return { pointer: at, message: { key: `schema-type-${String(params.type).split(',')[0]}` } };
    case 'format':
      return { pointer: at, message: { key: `schema-format-${String(params.format)}` } };
    case 'enum':
      return { pointer: at, message: { key: 'schema-enum', params: { values: (params.allowedValues as unknown[]).join(' | ') } } };
    case 'minimum':
      return { pointer: at, message: { key: 'schema-minimum', params: { limit: String(params.limit) } } };
    case 'minLength':
      return { pointer: at, message: { key: 'schema-empty' } };
    case 'minItems':
      return { pointer: at, message: { key: 'schema-empty-list' } };
    case 'uniqueItems':
      return { pointer: at, message: { key: 'schema-unique' } };
    default:
      return { pointer: at, message: { key: 'schema-invalid', params: { detail: error.message ?? error.keyword } } };
  }
}
