// How ledgers live in a workbook and in a template: the names a sheet may carry for each list, the helper
// sheets a template adds (filling instructions, drop-down values), and the example row a template writes
// and every loader skips (CSV and workbook alike): a row whose first cell starts with `示例：` or `Example:`.
import type { Lang } from '../i18n/index.js';
import type { CsvTableSpec } from './table-columns.js';

/** The sheets a workbook template adds beside the ledgers; a loader never reads them as ledgers. */
export const HELPER_SHEETS = {
  instructions: { zh: '填写说明', en: 'Instructions' },
  options: { zh: '下拉选项', en: 'Options' },
} as const;

const EXAMPLE = /^\s*(示例|example)\s*[:：]/i;

/** A row a template wrote to show the form of each column: its first cell starts with `示例：` (`Example:`). */
export const isExampleRow = (firstCell: string | undefined): boolean => firstCell !== undefined && EXAMPLE.test(firstCell);

/** The first cell of an example row. */
export const exampleCell = (value: string, lang: Lang): string => `${lang === 'zh' ? '示例：' : 'Example: '}${value}`;

const squash = (name: string): string => name.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

/** A sheet a template adds for the reader (instructions, drop-down values), in either language. */
export const isHelperSheet = (name: string): boolean =>
  Object.values(HELPER_SHEETS).some((names) => squash(names.zh) === squash(name) || squash(names.en) === squash(name));

/** The names a sheet may carry to hold a list: its Chinese title, the CSV file's base name, the field path. */
export function sheetNames(table: CsvTableSpec): string[] {
  const path = table.pointer.split('/').slice(1).map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~')).join('.');
  return [...(table.title ? [table.title] : []), table.file.replace(/\.csv$/i, ''), path];
}

/** Whether a sheet's name names this list (case, width and spaces ignored). */
export const sheetNamesTable = (sheet: string, table: CsvTableSpec): boolean => sheetNames(table).some((name) => squash(name) === squash(sheet));

/** Excel's limits on a sheet name: at most 31 characters, none of : \ / ? * [ ]. */
const validSheetName = (name: string): boolean => name.length <= 31 && !/[:\\/?*[\]]/.test(name);

/** The name a template gives the list's sheet: its title in Chinese, the file's base name in English. */
export function sheetNameFor(table: CsvTableSpec, lang: Lang, taken: ReadonlySet<string>): string {
  const [title, base] = [table.title, table.file.replace(/\.csv$/i, '')];
  const free = (name: string | undefined): name is string => !!name && validSheetName(name) && !taken.has(squash(name));
  if (lang === 'zh' && free(title)) return title;
  return free(base) ? base : (base as string).slice(0, 31);
}

export { squash as normaliseSheetName };
