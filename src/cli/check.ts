import { resolve } from 'node:path';
import { Command } from 'commander';
import { evaluate, reviewWaivers, vetWaivers, type EnterpriseResult } from '../engine/index.js';
import { findAssessments, loadAssessment, loadWaivers, type Waiver } from '../input/index.js';
import type { CompiledRule } from '../rules/index.js';
import type { AuditRun, InputFailure } from '../report/index.js';
import { decideExitCode, EXIT } from './exit-code.js';
import type { CliIo } from './io.js';
import { parseAsOf, parseFailOn, parseLang, UsageError } from './options.js';
import { checkWritable, emitOutputs, formatNames, parseOutputs } from './outputs.js';
import { bundledPackFiles, version } from './package-info.js';
import { loadRules } from './load-rules.js';
import { displayPath } from './display-path.js';

export interface CheckOptions {
  format: string[];
  failOn?: string;
  asOf?: string;
  lang?: string;
  waivers?: string;
}

export function checkCommand(io: CliIo, setExit: (code: number) => void): Command {
  return new Command('check')
    .description('audit self-assessments against the rule packs / 按规则包检查企业自评文件')
    .argument('<paths...>', 'assessment files (YAML) or folders to search for them')
    .option('-f, --format <format[:file]>', `output format, repeatable; with :file, written to that file (${formatNames().join(', ')})`, collect, [])
    .option('--fail-on <severity>', 'exit 1 on findings at or above: shutdown, major, general, none', 'major')
    .option('--as-of <date>', 'audit date YYYY-MM-DD for every date rule (default: today)')
    .option('--lang <lang>', 'language of the report: zh or en')
    .option('--waivers <file>', 'accepted exceptions (waivers.yaml): rule, enterprise, item, reason, approvedBy, expires')
    .addHelpText('after', `
Examples:
  safety-audit check fixtures/general/compliant.yaml
  safety-audit check subsidiaries/ -f json --fail-on general > audit.json
  safety-audit check plant.yaml --as-of 2026-12-31 --lang en
  safety-audit check subsidiaries/ -f table -f sarif:audit.sarif -f junit:audit.xml

Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it; 2 invalid input or usage;
3 a shutdown-level (停产整顿) violation.`)
    .action(async (paths: string[], options: CheckOptions) => setExit(await runCheck(paths, options, io)));
}

const collect = (value: string, previous: string[]) => [...previous, value];

export async function runCheck(paths: string[], options: CheckOptions, io: CliIo): Promise<number> {
  const lang = parseLang(options.lang, io.env);
  const asOf = parseAsOf(options.asOf, io.now());
  const failOn = parseFailOn(options.failOn);
  const outputs = parseOutputs(options.format, io.cwd);
  await checkWritable(outputs, io.cwd);
  const rules = await loadRules(bundledPackFiles(), asOf, io, lang);
  if (!rules) return EXIT.invalid;
  const { waivers, failure: waiverFailure } = options.waivers ? await loadCheckedWaivers(options.waivers, rules.rules, io) : { waivers: [] };
  const files = await findAssessments(paths.map((path) => resolve(io.cwd, path)));
  if (files.length === 0) throw new UsageError({ key: 'usage-no-input', params: { paths: paths.join(', ') } });

  const enterprises: EnterpriseResult[] = [];
  const inputErrors: InputFailure[] = waiverFailure ? [waiverFailure] : [];
  for (const file of files) {
    const shown = displayPath(io.cwd, file);
    const loaded = await loadAssessment(file, rules, shown);
    if (loaded.value) enterprises.push(evaluate(loaded.value, rules.rules, rules.ruleEnv, waivers));
    else inputErrors.push({ file: shown, diagnostics: loaded.diagnostics });
  }
  const run: AuditRun = {
    tool: { name: 'safety-audit', version },
    asOf,
    generatedAt: io.now().toISOString(),
    packs: rules.packs.map((pack) => ({ id: pack.pack, version: pack.version, sector: pack.sector, title: pack.title, rules: pack.rules.length })),
    enterprises,
    inputErrors,
    notices: reviewWaivers(waivers, enterprises, asOf),
  };
  await emitOutputs(run, outputs, io, lang);
  return decideExitCode(enterprises, inputErrors.length, failOn);
}

/**
 * Bad waivers never stop an audit: a waiver that cannot be accepted (unknown rule, shutdown level) is refused
 * and the rest apply; a waivers file that cannot be read applies none. Either is an input error of the waivers
 * file in every report (exit 2, unless a shutdown's 3 wins).
 */
async function loadCheckedWaivers(file: string, rules: CompiledRule[], io: CliIo): Promise<{ waivers: Waiver[]; failure?: InputFailure }> {
  const label = displayPath(io.cwd, resolve(io.cwd, file));
  const loaded = await loadWaivers(resolve(io.cwd, file), label);
  if (!loaded.value) return { waivers: [], failure: { file: label, diagnostics: loaded.diagnostics } };
  const problems = vetWaivers(loaded.value, rules);
  const refused = new Set(problems.map((problem) => problem.location));
  const waivers = loaded.value.filter((waiver) => !refused.has(waiver.location));
  return problems.length ? { waivers, failure: { file: label, diagnostics: problems } } : { waivers };
}
