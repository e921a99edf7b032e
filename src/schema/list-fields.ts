// `safety-audit fields`: every field a self-assessment may hold, read from the composed schema — its path,
// Chinese title, type, allowed values, whether it is required, and for a ledger's column where it can come
// from (the CSV file and its header, the workbook sheet and its header).
import type { Lang } from '../i18n/index.js';
import { SCHEMA_CSV_KEY } from './assessment-schema.js';
import { SCHEMA_SECTOR_KEY } from './compose-assessment-schema.js';
import { columnHeader, csvTables, tableColumns } from './table-columns.js';
import type { JsonSchema } from './types.js';
import { allowedValues, templateSheets, typeName } from './workbook-template.js';

export interface FieldRow {
  /** `hazards[].level`, `enterprise.creditCode`. */
  path: string;
  title: string;
  type: string;
  allowed: string[];
  required: boolean;
  /** For a ledger's column: the CSV file, the workbook sheet `init --xlsx` names, and the header both use. */
  table?: { file: string; sheet: string; column: string };
}

/** The fields of the general part and of `sectors` (every sector when none is given), in schema order. */
export function listFields(schema: JsonSchema, sectors: readonly string[], lang: Lang): FieldRow[] {
  const tables = csvTables(schema);
  const sheets = new Map(templateSheets(tables, lang).map(({ table, sheet }) => [table.file, sheet]));
  const rows: FieldRow[] = [];
  const walk = (node: JsonSchema, path: string, required: boolean) => {
    const file = node[SCHEMA_CSV_KEY];
    if (node.type === 'array' && node.items?.type === 'object' && typeof file === 'string') {
      for (const column of tableColumns(node.items)) {
        const table = { file, sheet: sheets.get(file) ?? file, column: columnHeader(column, lang) };
        rows.push({ ...describe(column.schema, `${path}[].${column.path.join('.')}`, column.required, lang), table });
      }
      return;
    }
    if (node.type === 'array' && node.items?.type === 'object') return walk(node.items, `${path}[]`, false);
    if (node.type === 'object' && node.properties) {
      for (const [key, child] of Object.entries(node.properties)) walk(child, path ? `${path}.${key}` : key, (node.required ?? []).includes(key));
      return;
    }
    rows.push(describe(node, path, required, lang));
  };
  for (const [key, section] of Object.entries(schema.properties ?? {})) {
    const sector = section[SCHEMA_SECTOR_KEY];
    if (sectors.length && typeof sector === 'string' && !sectors.includes(sector)) continue;
    walk(section, key, (schema.required ?? []).includes(key));
  }
  return rows;
}

function describe(schema: JsonSchema, path: string, required: boolean, lang: Lang): FieldRow {
  const list = schema.type === 'array';
  const values = list ? allowedValues(schema.items ?? {}) : allowedValues(schema);
  const type = list ? (lang === 'zh' ? `${typeName(schema.items ?? {}, lang)}列表` : `list of ${typeName(schema.items ?? {}, lang)}`) : typeName(schema, lang);
  return { path, title: schema.title ?? '', type, allowed: values, required };
}
