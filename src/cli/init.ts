import { join, resolve } from 'node:path';
import { Command } from 'commander';
import { t } from '../i18n/index.js';
import { buildRuleSet, loadPacks } from '../rules/index.js';
import { isSector, renderAssessmentTemplate, renderCsvTemplate, SECTORS, templateTables } from '../schema/index.js';
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
}

const SCHEMA_FILE = 'assessment.schema.json';

export function initCommand(io: CliIo, setExit: (code: number) => void): Command {
  return new Command('init')
    .description('write a ready-to-fill enterprise folder: enterprise.yaml and CSV ledger templates / 生成自评文件夹模板')
    .argument('[dir]', 'folder to write (created if missing; default: the current folder, or NAME with --pack)')
    .option('--sector <sectors...>', `sectors the enterprise operates in: ${SECTORS.join(', ')}`)
    .option('--lang <lang>', 'language of the comments and CSV headers: zh or en')
    .addOption(rulesOption())
    .option('--pack <name>', "write a group's own rule pack folder instead: one rule, its examples, a compliant fixture, a README / 生成集团规则包")
    .addHelpText('after', withProgramName(`
Example:
  safety-audit init 晋安储运 --sector road-transport
  # fill in 晋安储运/enterprise.yaml and the CSV ledgers (Excel opens them), then:
  safety-audit check 晋安储运
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
  const files: OutputFile[] = [
    { path: join(folder, 'enterprise.yaml'), content: renderAssessmentTemplate(ruleSet.schema, { lang, sectors, schemaFile: SCHEMA_FILE, command }) },
    { path: join(folder, SCHEMA_FILE), content: `${JSON.stringify(ruleSet.schema, null, 2)}\n` },
    ...templateTables(ruleSet.schema, sectors).map((table) => ({ path: join(folder, table.file), content: renderCsvTemplate(table.item, lang) })),
  ];
  const shown = (path: string) => displayPath(io.cwd, path);
  const existing = await existingFiles(files);
  if (existing.length) throw new UsageError({ key: 'init-exists', params: { files: existing.map(shown).join(', ') } });
  await writeFilesAtomically(files);
  io.stdout.write(`${t(lang, 'init-written', { folder: shown(folder) })}\n${files.map((file) => `  ${shown(file.path)}`).join('\n')}\n${t(lang, 'init-next', { folder: shown(folder), command })}\n`);
  return EXIT.ok;
}
