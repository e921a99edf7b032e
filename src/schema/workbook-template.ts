// `safety-audit init --xlsx`: one workbook with a sheet per ledger, generated from the schema — headers as
// CSV templates write them (required ones with `*` and a yellow fill), a drop-down of the allowed values on
// every enum and yes/no column, date-formatted date columns, one example row the loaders skip, and a sheet
// explaining every column. Plain data: src/input/xlsx.ts turns it into the file.
import type { Lang } from '../i18n/index.js';
import { columnHeader, tableColumns, type CsvTableSpec, type TableColumn } from './table-columns.js';
import { exampleCell, HELPER_SHEETS, normaliseSheetName, sheetNameFor, sheetNames } from './table-sheets.js';
import type { JsonSchema } from './types.js';

export interface WorkbookColumnSpec {
  header: string;
  width: number;
  required: boolean;
  /** Excel number format of the column's cells (`yyyy-mm-dd`). */
  numFmt?: string;
  /** A list validation's source: a range of the options sheet. */
  list?: string;
  listError?: string;
}

export interface SheetSpec {
  name: string;
  hidden?: boolean;
  columns: WorkbookColumnSpec[];
  rows: (string | number)[][];
  /** The rows are example rows (shown in grey italics). */
  exampleRows: boolean;
  /** How many rows below the written ones get the drop-downs. */
  validRows: number;
}

export interface WorkbookSpec {
  created: Date;
  sheets: SheetSpec[];
}

/** The sheet each ledger is written to. */
export interface TemplateSheet {
  table: CsvTableSpec;
  sheet: string;
}

const VALID_ROWS = 2000;

/** Give each table a sheet name, unique in the workbook. */
export function templateSheets(tables: CsvTableSpec[], lang: Lang): TemplateSheet[] {
  const taken = new Set(Object.values(HELPER_SHEETS).map((names) => normaliseSheetName(names[lang])));
  return tables.map((table) => {
    const sheet = sheetNameFor(table, lang, taken);
    taken.add(normaliseSheetName(sheet));
    return { table, sheet };
  });
}

/** The workbook template for `tables` (the ledgers of the general part and of the declared sectors). */
export function workbookTemplate(tables: CsvTableSpec[], lang: Lang, created: Date): WorkbookSpec {
  const sheets = templateSheets(tables, lang);
  const options = optionLists(sheets.flatMap(({ table }) => tableColumns(table.item)), lang);
  const ledgers = sheets.map(({ table, sheet }) => ledgerSheet(table, sheet, lang, options));
  return { created, sheets: [instructionSheet(sheets, lang), ...ledgers, options.sheet] };
}

function ledgerSheet(table: CsvTableSpec, name: string, lang: Lang, options: OptionLists): SheetSpec {
  const columns = tableColumns(table.item);
  const specs = columns.map((column): WorkbookColumnSpec => {
    const header = `${columnHeader(column, lang)}${column.required ? '*' : ''}`;
    const list = options.rangeOf(allowedValues(column.schema));
    const numFmt = column.schema.format === 'date' ? 'yyyy-mm-dd' : column.schema.format === 'local-date-time' ? 'yyyy-mm-dd hh:mm' : undefined;
    return {
      header, required: column.required, width: Math.min(40, Math.max(12, displayWidth(header) + 4)),
      ...(numFmt ? { numFmt } : {}),
      ...(list ? { list, listError: lang === 'zh' ? '请从下拉列表中选择' : 'choose a value from the list' } : {}),
    };
  });
  const example = columns.map((column) => exampleValue(column.schema, lang));
  example[0] = exampleCell(String(example[0] ?? ''), lang);
  return { name, columns: specs, rows: [example], exampleRows: true, validRows: VALID_ROWS };
}

/** The values a drop-down offers: an enum's, or yes/no for a boolean. */
export function allowedValues(schema: JsonSchema): string[] {
  if (schema.enum) return schema.enum.map(String);
  if (schema.type === 'boolean') return ['是', '否'];
  return [];
}

export function exampleValue(schema: JsonSchema, lang: Lang): string | number {
  const given = (schema as { examples?: unknown[] }).examples?.[0];
  if (typeof given === 'string' || typeof given === 'number') return given;
  const allowed = allowedValues(schema);
  if (allowed.length) return allowed[0]!;
  if (schema.format === 'date') return '2026-03-05';
  if (schema.format === 'local-date-time') return '2026-03-05 14:30';
  if (schema.format === 'credit-code') return '91140100MA0K12340F';
  if (schema.type === 'integer') return 1;
  if (schema.type === 'number') return 1000;
  return lang === 'zh' ? (schema.title ?? '') : (schema.description ?? schema.title ?? '').replace(/\.$/, '');
}

interface OptionLists {
  sheet: SheetSpec;
  rangeOf(values: string[]): string | undefined;
}

/** One column of the hidden options sheet per distinct list of allowed values. */
function optionLists(columns: TableColumn[], lang: Lang): OptionLists {
  const lists: string[][] = [];
  const keyOf = (values: string[]) => values.join('\u0000');
  for (const column of columns) {
    const values = allowedValues(column.schema);
    if (values.length && !lists.some((list) => keyOf(list) === keyOf(values))) lists.push(values);
  }
  const name = HELPER_SHEETS.options[lang];
  const rows = Array.from({ length: Math.max(0, ...lists.map((list) => list.length)) }, (_, at) => lists.map((list) => list[at] ?? ''));
  const letter = (index: number) => (index < 26 ? '' : String.fromCharCode(64 + Math.floor(index / 26))) + String.fromCharCode(65 + (index % 26));
  return {
    sheet: { name, hidden: true, columns: lists.map((_, at) => ({ header: `${at + 1}`, width: 16, required: false })), rows, exampleRows: false, validRows: 0 },
    rangeOf: (values) => {
      const at = lists.findIndex((list) => keyOf(list) === keyOf(values));
      return at < 0 ? undefined : `'${name}'!$${letter(at)}$2:$${letter(at)}$${values.length + 1}`;
    },
  };
}

const INSTRUCTION_HEADERS = {
  zh: ['工作表', '列', '字段', '类型', '可填的值', '必填', '完整名称'],
  en: ['Sheet', 'Column', 'Field', 'Type', 'Allowed values', 'Required', 'Description'],
};

const INTRO = {
  zh: '每张工作表是一本台账：第 1 行为表头（带 * 的列必填），第 2 行是示例（首格以“示例：”开头，检查时跳过，可保留或删除），从第 3 行起逐行填写。日期列填写 Excel 日期；有下拉箭头的列从列表中选择。填好后运行 safety-audit check <本文件夹>。',
  en: 'Each sheet is one ledger: row 1 is the header (columns marked * are required), row 2 an example (its first cell starts with "Example:"; the check skips it, keep or delete it); fill from row 3 on. Date columns take Excel dates; columns with a drop-down take a value from its list. Then run safety-audit check <this folder>.',
};

function instructionSheet(sheets: TemplateSheet[], lang: Lang): SheetSpec {
  const rows = sheets.flatMap(({ table, sheet }) =>
    tableColumns(table.item).map((column) => [
      sheet, columnHeader(column, lang), `${sheetNames(table).at(-1)}[].${column.path.join('.')}`, typeName(column.schema, lang),
      allowedValues(column.schema).join(lang === 'zh' ? '、' : ', '), column.required ? (lang === 'zh' ? '是' : 'yes') : '',
      lang === 'zh' ? column.names[1]! : (column.schema.description ?? ''),
    ]),
  );
  const widths = [24, 20, 28, 12, 30, 8, 50];
  return {
    name: HELPER_SHEETS.instructions[lang],
    columns: INSTRUCTION_HEADERS[lang].map((header, at) => ({ header, width: widths[at]!, required: false })),
    rows: [[INTRO[lang]], ...rows],
    exampleRows: false,
    validRows: 0,
  };
}

/** A field's type in the reader's words. */
export function typeName(schema: JsonSchema, lang: Lang): string {
  const zh = lang === 'zh';
  if (schema.enum) return zh ? '选项' : 'choice';
  if (schema.format === 'date') return zh ? '日期' : 'date';
  if (schema.format === 'local-date-time') return zh ? '日期时间' : 'date and time';
  if (schema.format === 'credit-code') return zh ? '信用代码' : 'credit code';
  if (schema.type === 'boolean') return zh ? '是/否' : 'yes/no';
  if (schema.type === 'integer') return zh ? '整数' : 'whole number';
  if (schema.type === 'number') return zh ? '数字' : 'number';
  return zh ? '文本' : 'text';
}

/** Columns a CJK character takes on screen (two), for column widths. */
const displayWidth = (text: string): number => [...text].reduce((width, char) => width + (/[\u2e80-\uffff]/.test(char) ? 2 : 1), 0);
