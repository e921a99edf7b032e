// Files beside an assessment that the check did not read, said aloud: a CSV whose name matches no ledger,
// ledgers and workbooks beside a YAML that is not `enterprise.yaml` (only that name pulls its folder's
// ledgers in), and a ledger that is a broken or looping link. Each is a warning of the enterprise. (Beside
// enterprise.yaml, workbooks are read, or refused with an error, by resolve-workbooks.ts.)
import { lstat, realpath } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { csvTables, type JsonSchema } from '../schema/index.js';
import { warningAt, type Diagnostic } from './diagnostics.js';

/** Spreadsheet workbooks (a change to them invalidates a cached result). */
export const WORKBOOK = /\.(xlsx|xlsm|xls|et|ett|numbers|ods)$/i;
const BASE_SECTIONS = new Set(['responsibility', 'management', 'investment', 'training', 'emergency', 'risks', 'hazards']);

/** Warnings for the files in the assessment's folder it did not read; `read` holds the paths it did. */
export async function surveyFolder(file: string, label: string, data: Record<string, unknown>, schema: JsonSchema, read: ReadonlySet<string>, names: readonly string[]): Promise<Diagnostic[]> {
  const folder = dirname(file);
  const tables = csvTables(schema).filter((table) => {
    const section = table.pointer.split('/')[1] ?? '';
    return BASE_SECTIONS.has(section) || section in data;
  });
  const tableFiles = new Set(tables.map((table) => table.file));
  const conventional = basename(file) === 'enterprise.yaml';
  const warn = (code: Diagnostic['code'], params: Record<string, string>, name: string) =>
    warningAt(code, { key: code, params: { name, ...params } }, { file: join(dirname(label), name), line: 1, column: 1 });
  const known = [...tableFiles].join('、');
  const warnings: Diagnostic[] = [];
  for (const name of [...names].sort()) {
    if (name.startsWith('.') || name.startsWith('~$')) continue;
    const path = join(folder, name);
    if (read.has(path)) continue;
    if (WORKBOOK.test(name)) {
      if (!conventional) warnings.push(warn('workbook-beside-other-yaml', { yaml: basename(label) }, name));
    } else if (/\.csv$/i.test(name) && (await isBrokenLink(path))) {
      warnings.push(warn('file-link-broken', {}, name));
    } else if (/\.csv$/i.test(name) && !conventional && tableFiles.has(name)) {
      warnings.push(warn('csv-beside-other-yaml', { yaml: basename(label) }, name));
    } else if (/\.csv$/i.test(name) && conventional && !tableFiles.has(name)) {
      warnings.push(warn('csv-unmatched', { tables: known }, name));
    }
  }
  return warnings;
}

async function isBrokenLink(path: string): Promise<boolean> {
  const info = await lstat(path).catch(() => undefined);
  if (!info?.isSymbolicLink()) return false;
  return realpath(path).then(() => false, () => true);
}
