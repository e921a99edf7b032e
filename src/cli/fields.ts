import { Command } from 'commander';
import { newTable } from './cli-table.js';
import { t } from '../i18n/index.js';
import { wrapText } from '../report/index.js';
import { isSector, listFields, SECTORS, type FieldRow } from '../schema/index.js';
import { EXIT } from './exit-code.js';
import type { CliIo } from './io.js';
import { loadRules } from './load-rules.js';
import { parseAsOf, parseLang, UsageError } from './options.js';
import { bundledPackFiles } from './package-info.js';

interface FieldsOptions {
  sector?: string[];
  lang?: string;
  json?: boolean;
}

export function fieldsCommand(io: CliIo, setExit: (code: number) => void): Command {
  return new Command('fields')
    .description('list every field of a self-assessment: path, Chinese title, type, allowed values, required, CSV/workbook column / 列出自评的全部字段')
    .option('--sector <sectors...>', `only the general part and these sectors: ${SECTORS.join(', ')}`)
    .option('--lang <lang>', 'zh or en (headers, types and the sheet names of init --xlsx)')
    .option('--json', 'print the fields as JSON')
    .addHelpText('after', `
Example:
  safety-audit fields --sector hazardous-chemicals`)
    .action(async (options: FieldsOptions) => setExit(await runFields(options, io)));
}

async function runFields(options: FieldsOptions, io: CliIo): Promise<number> {
  const lang = parseLang(options.lang, io.env);
  const sectors = options.sector ?? [];
  const unknown = sectors.find((sector) => !isSector(sector));
  if (unknown) throw new UsageError({ key: 'usage-sector', params: { value: unknown, known: SECTORS.join(', ') } });
  const ruleSet = await loadRules(bundledPackFiles(), parseAsOf(undefined, io.now()), io, lang);
  if (!ruleSet) return EXIT.invalid;
  const rows = listFields(ruleSet.schema, sectors, lang);
  io.stdout.write(options.json ? `${JSON.stringify(rows, null, 2)}\n` : `${fieldsTable(rows, lang)}\n`);
  return EXIT.ok;
}

function fieldsTable(rows: FieldRow[], lang: 'zh' | 'en'): string {
  const head = ['fields-path', 'fields-title', 'fields-type', 'fields-allowed', 'fields-required', 'fields-table'] as const;
  // One line per field where it fits: no rule between rows; long titles, value lists and sources wrap.
  const chars = { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' };
  const table = newTable({ head: head.map((key) => t(lang, key)), style: { head: [], border: [] }, chars });
  for (const row of rows) {
    const source = row.table ? t(lang, 'fields-source', { file: row.table.file, sheet: row.table.sheet, column: row.table.column }) : '';
    const allowed = row.allowed.join(lang === 'zh' ? '、' : ', ');
    table.push([row.path, wrapText(row.title, 24), row.type, wrapText(allowed, 30), row.required ? '✔' : '', wrapText(source, 48)]);
  }
  return table.toString();
}
