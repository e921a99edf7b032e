import { join, resolve } from 'node:path';
import { Command } from 'commander';
import { t } from '../i18n/index.js';
import { buildRuleSet, loadPacks } from '../rules/index.js';
import { writeXlsx } from '../input/index.js';
import { isSector, renderAssessmentTemplate, renderCsvTemplate, SECTORS, templateSheets, templateTables, workbookTemplate } from '../schema/index.js';
import { EXIT } from './exit-code.js';
import { formatPackDiagnostic } from './load-rules.js';
import type { CliIo } from './io.js';
import { parseAsOf, parseLang, UsageError } from './options.js';
import { bundledPackFiles } from './package-info.js';
import { displayPath } from './display-path.js';
import { groupPackFiles, rulesOption } from './group-packs.js';
import { runInitPack } from './init-pack.js';
import { existingFiles, writeFilesAtomically, type OutputFile } from './write-files.js';
import { programName, withProgramName } from './command-name.js';

interface InitOptions {
  sector?: string[];
  lang?: string;
  pack?: string;
  rules?: string[];
  xlsx?: boolean;
}

const SCHEMA_FILE = 'assessment.schema.json';
/** The workbook `init --xlsx` writes; any name is read (a sheet is found by its own name). */
const WORKBOOK_FILE = { zh: '台账.xlsx', en: 'ledgers.xlsx' } as const;

export function initCommand(io: CliIo, setExit: (code: number) => void): Command {
  return new Command('init')
    .description('write a ready-to-fill enterprise folder: enterprise.yaml and CSV ledger templates, or one workbook with --xlsx / 生成自评文件夹模板')
    .argument('[dir]', 'folder to write (created if missing; default: the current folder, or NAME with --pack)')
    .option('--sector <sectors...>', `sectors the enterprise operates in: ${SECTORS.join(', ')}`)
    .option('--lang <lang>', 'language of the comments and CSV headers: zh or en')
    .option('--xlsx', 'write the ledgers as one Excel workbook (a sheet per ledger, drop-downs, instructions) instead of CSV files')
    .addOption(rulesOption())
    .option('--pack <name>', "write a group's own rule pack folder instead: one rule, its examples, a compliant fixture, a README / 生成集团规则包")
    .addHelpText('after', withProgramName(`
Example:
  safety-audit init 晋安储运 --sector road-transport
  # fill in 晋安储运/enterprise.yaml and the CSV ledgers (Excel opens them), then:
  safety-audit check 晋安储运
  safety-audit init 晋丰化工 --xlsx --sector hazardous-chemicals
  # fill 晋丰化工/台账.xlsx (a sheet per ledger) and enterprise.yaml, then check it the same way
  safety-audit init --pack jinneng-group      # a group's own rule pack: then rules test --rules jinneng-group`))
    .action(async (dir: string | undefined, options: InitOptions, command: Command) => setExit(await runInit(dir, options, io, programName(command))));
}

/** `command`: how the user runs this program, for the next step printed and the template's first lines. */
async function runInit(dir: string | undefined, options: InitOptions, io: CliIo, command: string): Promise<number> {
  const lang = parseLang(options.lang, io.env);
  if (options.pack !== undefined && (options.sector || options.rules)) throw new UsageError({ key: 'usage-pack-sector' });
  if (options.pack !== undefined) return runInitPack(options.pack, dir, io, lang);
  const sectors = options.sector ?? [];
  const unknown = sectors.find((sector) => !isSector(sector));
  if (unknown) throw new UsageError({ key: 'usage-sector', params: { value: unknown, known: SECTORS.join(', ') } });

  const loaded = await loadPacks(bundledPackFiles(), await groupPackFiles(options.rules, io.cwd));
  const { ruleSet, diagnostics } = loaded.packs ? buildRuleSet(loaded.packs, parseAsOf(undefined, io.now())) : { ruleSet: undefined, diagnostics: loaded.diagnostics };
  if (!ruleSet) return (diagnostics.forEach((d) => io.stderr.write(`${formatPackDiagnostic(d, io, lang)}\n`)), EXIT.invalid);

  const folder = resolve(io.cwd, dir ?? '.');
  const tables = templateTables(ruleSet.schema, sectors);
  const workbook = options.xlsx ? { file: WORKBOOK_FILE[lang], sheets: Object.fromEntries(templateSheets(tables, lang).map(({ table, sheet }) => [table.file, sheet])) } : undefined;
  const files: OutputFile[] = [
    { path: join(folder, 'enterprise.yaml'), content: renderAssessmentTemplate(ruleSet.schema, { lang, sectors, schemaFile: SCHEMA_FILE, command, ...(workbook ? { workbook } : {}) }) },
    { path: join(folder, SCHEMA_FILE), content: `${JSON.stringify(ruleSet.schema, null, 2)}\n` },
    ...(workbook
      ? [{ path: join(folder, workbook.file), content: await writeXlsx(workbookTemplate(tables, lang, io.now())) }]
      : tables.map((table) => ({ path: join(folder, table.file), content: renderCsvTemplate(table.item, lang) }))),
  ];
  const shown = (path: string) => displayPath(io.cwd, path);
  const existing = await existingFiles(files);
  if (existing.length) throw new UsageError({ key: 'init-exists', params: { files: existing.map(shown).join(', ') } });
  await writeFilesAtomically(files);
  const next = workbook ? t(lang, 'init-xlsx-next', { folder: shown(folder), workbook: workbook.file, command }) : t(lang, 'init-next', { folder: shown(folder), command });
  io.stdout.write(`${t(lang, 'init-written', { folder: shown(folder) })}\n${files.map((file) => `  ${shown(file.path)}`).join('\n')}\n${next}\n`);
  return EXIT.ok;
}
