// How lists of the assessment become spreadsheet tables: which file holds each list (the schema's
// `x-csv`), and the names a column header may use for each field.
import { SCHEMA_CSV_KEY } from './assessment-schema.js';
import type { JsonSchema } from './types.js';

export interface TableColumn {
  /** Field path inside one list item, e.g. ['certificate', 'expiresOn']. */
  path: string[];
  schema: JsonSchema;
  /** Accepted headers: the key path, the title path, then the bare key and title when unique in the item. */
  names: string[];
  required: boolean;
}

export interface CsvTableSpec {
  /** JSON Pointer of the list in the assessment. */
  pointer: string;
  file: string;
  item: JsonSchema;
  /** The list's Chinese title (隐患排查治理台账): also a workbook sheet's name. */
  title?: string;
}

const tablesOf = new WeakMap<JsonSchema, CsvTableSpec[]>();

/** Every list the schema lets a CSV file hold, with the file's conventional name (found once per schema). */
export function csvTables(schema: JsonSchema): CsvTableSpec[] {
  let tables = tablesOf.get(schema);
  if (!tables) tablesOf.set(schema, (tables = findTables(schema, [])));
  return tables;
}

function findTables(schema: JsonSchema, path: string[]): CsvTableSpec[] {
  const file = schema[SCHEMA_CSV_KEY];
  if (schema.type === 'array' && typeof file === 'string' && schema.items) {
    const pointer = path.map((token) => `/${token.replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
    return [{ pointer, file, item: schema.items, ...(schema.title ? { title: schema.title } : {}) }];
  }
  return Object.entries(schema.properties ?? {}).flatMap(([key, child]) => findTables(child, [...path, key]));
}

/** Every leaf field of a list item, with the names a header may use for it. */
export function tableColumns(item: JsonSchema): TableColumn[] {
  const columns: TableColumn[] = [];
  const walk = (schema: JsonSchema, path: string[], titles: string[], required: boolean) => {
    for (const [key, child] of Object.entries(schema.properties ?? {})) {
      const isRequired = required && (schema.required ?? []).includes(key);
      if (child.type === 'object' && child.properties) walk(child, [...path, key], [...titles, child.title ?? key], isRequired);
      else if (child.type !== 'array') {
        columns.push({ path: [...path, key], schema: child, names: [[...path, key].join('.'), [...titles, child.title ?? key].join('.')], required: isRequired });
      }
    }
  };
  walk(item, [], [], true);
  const count = (name: string) => columns.filter((column) => column.path.at(-1) === name || column.schema.title === name).length;
  for (const column of columns) {
    const [key, title] = [column.path.at(-1)!, column.schema.title];
    if (column.path.length > 1 && count(key) === 1) column.names.push(key);
    if (column.path.length > 1 && title && count(title) === 1) column.names.push(title);
  }
  return columns;
}

/** The header a template writes: the shortest unambiguous Chinese title (zh) or field name (en). */
export function columnHeader(column: TableColumn, lang: 'zh' | 'en'): string {
  const [keyPath, titlePath, ...short] = column.names;
  const shortKey = short.find((name) => name === column.path.at(-1));
  const shortTitle = short.find((name) => name === column.schema.title);
  return lang === 'zh' ? (shortTitle ?? titlePath!) : (shortKey ?? keyPath!);
}
