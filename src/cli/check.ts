import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { Command } from 'commander';
import { reviewWaivers, startBaselineComparison, summariseRules } from '../engine/index.js';
import { findAssessments } from '../input/index.js';
import { formatDiagnostic, type AuditRun, type InputFailure } from '../report/index.js';
import { readBaseline } from './read-baseline.js';
import { decideExitCode, EXIT } from './exit-code.js';
import type { CliIo } from './io.js';
import type { CheckOutcome } from './check-one.js';
import { checkStdin, loadCheckedWaivers, shardOf, STDIN, STDIN_LABEL } from './check-inputs.js';
import { checkAll } from './check-all.js';
import { ResultSpool } from './result-spool.js';
import { ResultText, stringOf } from './result-text.js';
import { parseAsOf, parseFailOn, parseJobs, parseLang, parseMaxFileSize, parseShard, UsageError } from './options.js';
import { checkOutputs, emitOutputs, formatNames, parseOutputs } from './outputs.js';
import { bundledPackFiles, version } from './package-info.js';
import { adjustRules, type RuleChoice } from './adjust-rules.js';
import { noticeFolderWaivers } from './central-waivers.js';
import { printConfigProblems, readSettings } from './config-file.js';
import { runOptions, type CheckOptions } from './run-options.js';
import { loadRules } from './load-rules.js';
import { groupPackFiles, rulesOption } from './group-packs.js';
import { startProgress } from './progress.js';
import { ResultCache } from './result-cache.js';
import { renderSetup } from './render-results.js';
import { summarisePacks } from './summarise-packs.js';
import { displayPath } from './display-path.js';
import { withProgramName } from './command-name.js';
import { readReportMeta, reportMetaInputs } from './read-report-meta.js';

export type { CheckOptions };

export function checkCommand(io: CliIo, setExit: (code: number) => void): Command {
  return new Command('check')
    .description('audit self-assessments against the rule packs / 按规则包检查企业自评文件')
    .argument('<paths...>', 'assessment files (YAML) or folders to search for them')
    .option('-f, --format <format[:file]>', `output format, repeatable; with :file, written to that file (${formatNames().join(', ')})`, collect, [])
    .option('--config <file>', 'the config file (default: the nearest safety-audit.config.yaml from here up to the root); its flags win over it')
    .option('--fail-on <severity>', 'exit 1 on findings at or above: shutdown, major, general, none (default: major)')
    .option('--as-of <date>', 'audit date YYYY-MM-DD for every date rule (default: today)')
    .option('--lang <lang>', 'language of the report: zh or en')
    .option('--waivers <file>', 'accepted exceptions (waivers.yaml): rule, enterprise, item, reason, approvedBy, expires')
    .option('--max-file-size <MiB>', 'largest input file read, in MiB (default 64); a larger one is an input error')
    .option('-q, --quiet', 'the table shows only shutdown and major findings (the summary still counts every enterprise)')
    .option('--cache [dir]', `reuse the results of enterprises whose files did not change since an earlier run (default folder ${DEFAULT_CACHE})`)
    .option('--baseline <report.json>', 'a JSON report of an earlier run: marks each finding new, unchanged or updated and lists those resolved')
    .option('--fail-on-new', 'with --baseline: exit 1 only on new or changed findings (a shutdown-level finding still exits 3)')
    .option('--shard <i/n>', 'check the i-th of n stable parts of the enterprises (default from CI_NODE_INDEX/CI_NODE_TOTAL); join the JSON reports with `merge`')
    .option('--include-passes', 'keep every pass and not-applicable result as a finding in json, csv and the other lists (by default they are counted per rule)')
    .option('--report-meta <file>', 'the signed report\'s cover and signature (YAML): client, auditor, firm, scope, period, signature, disclaimer')
    .option('--appendix', 'html, pdf and docx: add the appendix listing every rule checked and how it came out')
    .option('-j, --jobs <n>', 'enterprises checked at once, in this thread and N-1 worker threads (default: auto, the available cores for large runs)')
    .addOption(rulesOption())
    .addHelpText('after', withProgramName(`
Examples:
  safety-audit check fixtures/general/compliant.yaml
  safety-audit check subsidiaries/ -f json --fail-on general > audit.json
  safety-audit check plant.yaml --as-of 2026-12-31 --lang en
  safety-audit check subsidiaries/ -f table -f sarif:audit.sarif -f junit:audit.xml
  safety-audit check subsidiaries/ --baseline last.json -f json:today.json -f lists:四个清单.xlsx
  safety-audit check subsidiaries/ --rules group-rules/
  safety-audit check subsidiaries/ --config ci/safety-audit.config.yaml    # see: safety-audit config --print
  safety-audit check plant/ -f pdf:report.pdf -f docx:report.docx --report-meta meta.yaml

Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it; 2 invalid input or usage;
3 a shutdown-level (停产整顿) violation.`))
    .action(async (paths: string[], options: CheckOptions) => setExit(await runCheck(paths, options, io)));
}

const collect = (value: string, previous: string[]) => [...previous, value];

export async function runCheck(paths: string[], given: CheckOptions, io: CliIo): Promise<number> {
  const read = await readSettings(given, io);
  if (!read.settings) return (printConfigProblems(read.diagnostics, given, io), EXIT.invalid);
  const options = runOptions(given, read.settings);
  const lang = parseLang(options.lang, io.env);
  const asOf = parseAsOf(options.asOf, io.now());
  const failOn = parseFailOn(options.failOn);
  const maxBytes = parseMaxFileSize(options.maxFileSize);
  const jobs = parseJobs(options.jobs, availableParallelism());
  const shard = parseShard(options.shard, io.env);
  const outputs = parseOutputs(options.format, io.cwd);
  const fromStdin = paths.includes(STDIN);
  const found = await findAssessments(paths.filter((path) => path !== STDIN).map((path) => resolve(io.cwd, path)), maxBytes);
  if (!fromStdin && found.files.length + found.unreadable.length === 0) throw new UsageError({ key: 'usage-no-input', params: { paths: paths.join(', ') } });
  // The packs and the config's changes to them are checked before any report folder is made.
  const loaded = await loadRules(bundledPackFiles(), asOf, io, lang, await groupPackFiles(options.rules, io.cwd));
  const choice: RuleChoice = { ...(options.packs ? { packs: options.packs } : {}), ruleSettings: options.ruleSettings };
  const adjusted = loaded && adjustRules(loaded, choice, io, lang);
  if (!adjusted) return EXIT.invalid;
  const { ruleSet: rules, adjustments } = adjusted;
  const waiversFile = options.waivers ? resolve(io.cwd, options.waivers) : undefined;
  await checkOutputs(outputs, { cwd: io.cwd, env: io.env, inputs: [...found.files, ...(waiversFile ? [waiversFile] : []), ...reportMetaInputs(options.reportMeta, io.cwd)] });
  const reportMeta = options.reportMeta !== undefined ? await readReportMeta(options.reportMeta, io, lang) : options.report;
  if (reportMeta === 'invalid') return EXIT.invalid;
  const baselineFile = options.baseline ? resolve(io.cwd, options.baseline) : undefined;
  if (options.failOnNew && !baselineFile) throw new UsageError({ key: 'usage-fail-on-new' });
  const baseline = baselineFile ? await readBaseline(baselineFile, displayPath(io.cwd, baselineFile)) : undefined;
  if (baseline && !baseline.baseline) {
    for (const problem of baseline.diagnostics) io.stderr.write(`${formatDiagnostic(problem, displayPath(io.cwd, baselineFile!), lang)}\n`);
    return EXIT.invalid;
  }
  const { waivers, failure: waiverFailure } = waiversFile ? await loadCheckedWaivers(waiversFile, rules.headingsFor(rules.packs.map((pack) => pack.sector)), io, maxBytes) : { waivers: [] };

  // Errors of the run itself (the waivers file, folders that could not be searched) belong to the first shard.
  const runErrors: InputFailure[] = !shard || shard.index === 1 ? [
    ...(waiverFailure ? [waiverFailure] : []),
    ...found.unreadable.map(({ path, diagnostic }) => ({ file: displayPath(io.cwd, path), diagnostics: [diagnostic] })),
  ] : [];
  // An assessment on standard input comes first, and with the first shard.
  const keepPasses = options.includePasses === true;
  const piped = fromStdin && (!shard || shard.index === 1) ? await checkStdin(io, rules, { waivers, maxBytes, keepPasses }) : undefined;
  const first = (waiverFailure ? 1 : 0) + found.unreadable.length + (fromStdin ? 1 : 0);
  const tasks = found.files
    .map((file, index) => ({ file, shown: displayPath(io.cwd, file), position: first + index }))
    .filter((task) => !shard || shardOf(task.shown, shard.total) === shard.index);
  const cacheDir = options.cache === undefined || options.cache === false ? undefined : resolve(io.cwd, options.cache === true ? DEFAULT_CACHE : options.cache);
  const cache = cacheDir ? ResultCache.open(cacheDir, { packs: rules.packs, asOf, maxBytes, waivers, keepPasses, ...(adjustments.length ? { adjustments } : {}) }, found.listings) : undefined;
  const progress = startProgress(io, tasks.length);
  const packFiles = (origin?: 'group') => loaded!.packs.filter((pack) => pack.origin === origin).map((pack) => pack.file);
  if (piped) tasks.unshift({ file: STDIN, shown: STDIN_LABEL, position: first - 1 });
  // Each enterprise is compared with the baseline and put aside as it comes; only files that failed stay in memory.
  const comparison = baseline?.baseline ? startBaselineComparison(baseline.baseline, asOf) : undefined;
  const packs = summarisePacks(rules);
  // Cached results keep their report text, unless it holds more than the result: the baseline's states, a shard's places.
  const render = cache && !comparison && !shard ? renderSetup(outputs.map((output) => output.format), packs, lang) : undefined;
  const codec = new ResultText(rules);
  const spool = ResultSpool.open(codec);
  try {
    const failed: { index: number; failure: InputFailure }[] = [];
    const take = (index: number, outcome: CheckOutcome) => {
      if (outcome.failure) return void failed.push({ index, failure: outcome.failure });
      // A result in JSON (cached, or from a worker) goes to the spool as the text it is, unless the baseline must mark its findings.
      if (outcome.serialized && !comparison) return spool.addText(index, outcome.serialized.text, outcome.serialized.digest, outcome.serialized.rendered);
      const result = outcome.result ?? codec.read(stringOf(outcome.serialized.text));
      spool.add(index, comparison ? comparison.compare(result) : result);
    };
    if (piped) take(0, piped);
    const offset = piped ? 1 : 0;
    await checkAll(tasks.slice(offset), { rules, packFiles: packFiles(), groupPackFiles: packFiles('group'), choice, waivers, asOf, maxBytes, keepPasses, jobs, progress, cache, codec, render }, (index, outcome) => take(index + offset, outcome))
      .finally(() => progress.stop());
    failed.sort((a, b) => a.index - b.index);
    const inputErrors: InputFailure[] = [...runErrors, ...failed.map(({ failure }) => failure)];
    const positions = { enterprises: spool.places().map((index) => tasks[index]!.position!), inputErrors: [...runErrors.map((_, index) => index), ...failed.map(({ index }) => tasks[index]!.position!)] };
    const run: AuditRun = {
      tool: { name: 'safety-audit', version },
      asOf,
      generatedAt: io.now().toISOString(),
      packs,
      rules: summariseRules(rules.headingsFor([...spool.overview.sectors]), spool.overview),
      enterprises: spool,
      inputErrors,
      notices: [...reviewWaivers(waivers, spool, asOf), ...(options.centralOnly ? await noticeFolderWaivers(found.files, waiversFile, io.cwd) : [])],
      ...(adjustments.length ? { adjustments } : {}),
      ...(shard ? { shard, positions } : {}),
      ...(reportMeta ? { reportMeta } : {}),
      ...(comparison ? { baseline: { file: displayPath(io.cwd, baselineFile!), asOf: baseline!.baseline!.asOf, generatedAt: baseline!.baseline!.generatedAt, resolved: comparison.resolved() } } : {}),
    };
    const written = await emitOutputs(run, outputs, io, { lang, quiet: options.quiet === true, appendix: options.appendix === true });
    return decideExitCode(spool.overview, inputErrors.length + (written ? 0 : 1), failOn, { onlyNew: options.failOnNew === true });
  } finally {
    spool.close();
    baseline?.baseline?.enterprises.close();
  }
}

const DEFAULT_CACHE = '.safety-audit-cache';
