// The only module that imports `csv-parse` (on first use: a run without ledgers never loads it): CSV text →
// records, each cell with its line and field number.
import { createRequire } from 'node:module';
import type { CsvError as CsvErrorType } from 'csv-parse/sync';
import { errorAt, type Diagnostic } from './diagnostics.js';
import type { Parsed } from './types.js';

const require = createRequire(import.meta.url);
let csvParse: typeof import('csv-parse/sync') | undefined;
const csv = () => (csvParse ??= require('csv-parse/sync') as typeof import('csv-parse/sync'));

export interface CsvRecord {
  /** 1-based line where the record starts. */
  line: number;
  cells: string[];
}

export interface CsvTable {
  header: CsvRecord;
  records: CsvRecord[];
  /** For a workbook's sheet: its name (locations then read `台账.xlsx!隐患排查治理台账!F7`). */
  sheet?: string;
}

/** Parse CSV as Excel writes it: comma, tab or semicolon separated, CRLF or LF, blank rows skipped. */
export function parseCsv(text: string, file: string): Parsed<CsvTable> {
  // One line ending, so line numbers count the same inside and outside quoted cells.
  const body = text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
  let rows: { record: string[]; raw: string }[];
  try {
    rows = csv().parse(body, { delimiter: detectDelimiter(body), skip_empty_lines: true, skip_records_with_empty_values: true, raw: true }) as never;
  } catch (error) {
    return { diagnostics: [csvDiagnostic(error, file, body)] };
  }
  const located = locateRecords(body, rows);
  const [header, ...records] = located;
  if (!header) return { diagnostics: [errorAt('csv-empty', { key: 'csv-empty' }, { file, line: 1, column: 1 })] };
  return { value: { header, records }, diagnostics: [] };
}

function detectDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const counts = [',', '\t', ';'].map((delimiter) => [delimiter, firstLine.split(delimiter).length] as const);
  return counts.reduce((best, candidate) => (candidate[1] > best[1] ? candidate : best))[0];
}

/** Line numbers from each record's raw text, found in order in the source. */
function locateRecords(text: string, rows: { record: string[]; raw: string }[]): CsvRecord[] {
  let cursor = 0;
  let line = 1;
  return rows.map(({ record, raw }) => {
    const start = text.indexOf(raw.replace(/^[\r\n]+/, ''), cursor);
    for (let i = cursor; i < start; i++) if (text.charCodeAt(i) === 10) line++;
    cursor = start;
    return { line, cells: record };
  });
}

function csvDiagnostic(error: unknown, file: string, text: string): Diagnostic {
  const { CsvError } = csv();
  const code = error instanceof CsvError ? error.code : '';
  const reported = error instanceof CsvError ? Number((error as CsvErrorType & { lines?: number }).lines ?? 1) : 1;
  const line = code === 'CSV_QUOTE_NOT_CLOSED' ? unclosedQuoteLine(text) : reported;
  const location = { file, line, column: 1 };
  if (code === 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH') {
    const [, expected = '?', got = '?'] = /expect (\d+), got (\d+)/.exec(error instanceof Error ? error.message : '') ?? [];
    return errorAt('csv-ragged-row', { key: 'csv-ragged-row', params: { expected, got } }, location);
  }
  if (code === 'CSV_QUOTE_NOT_CLOSED') return errorAt('csv-unclosed-quote', { key: 'csv-unclosed-quote' }, location);
  return errorAt('csv-syntax', { key: 'csv-syntax', params: { detail: error instanceof Error ? error.message : String(error) } }, location);
}

/** The line of the quote that opens a cell and is never closed (csv-parse reports the end of the input). */
function unclosedQuoteLine(text: string): number {
  let line = 1;
  let openedOn = 1;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '\n') line++;
    else if (char === '"') {
      if (quoted && text[i + 1] === '"') i++;
      else if ((quoted = !quoted)) openedOn = line;
    }
  }
  return openedOn;
}
