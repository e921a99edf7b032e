// `safety-audit merge shard-*.json -f …`: the JSON reports of `check --shard i/n` joined into one run and
// written in every format, as a single run over all the enterprises would have written it. Every shard must be
// there: a missing or doubled part, or parts of different runs (date, language, version, packs), is refused.
import { resolve } from 'node:path';
import { Command } from 'commander';
import { byFileAndRule, summariseRules } from '../engine/index.js';
import type { Diagnostic } from '../input/index.js';
import { formatDiagnostic, type AuditRun, type InputFailure } from '../report/index.js';
import { readReport, type ReportHead } from './read-report.js';
import { ResultSpool } from './result-spool.js';
import { decideExitCode, EXIT } from './exit-code.js';
import type { CliIo } from './io.js';
import { parseFailOn, parseLang, UsageError } from './options.js';
import { checkOutputs, emitOutputs, formatNames, parseOutputs } from './outputs.js';
import { displayPath } from './display-path.js';
import { withProgramName } from './command-name.js';
import { printConfigProblems, readSettings } from './config-file.js';
import { readReportMeta, reportMetaInputs } from './read-report-meta.js';

export function mergeCommand(io: CliIo, setExit: (code: number) => void): Command {
  return new Command('merge')
    .description("join the JSON reports of check --shard i/n into every format / 合并分片检查的 JSON 报告")
    .argument('<reports...>', 'the shards\' JSON reports (check --shard i/n -f json:FILE)')
    .option('-f, --format <format[:file]>', `output format, repeatable; with :file, written to that file (${formatNames().join(', ')})`, (value: string, previous: string[]) => [...previous, value], [])
    .option('--fail-on <severity>', 'exit 1 on findings at or above: shutdown, major, general, none (default: major)')
    .option('--config <file>', "the config file (default: the nearest safety-audit.config.yaml): its failOn and outputs, where no flag is given")
    .option('-q, --quiet', 'the table shows only shutdown and major findings')
    .option('--report-meta <file>', 'the signed report\'s cover and signature (YAML): client, auditor, firm, scope, period, signature, disclaimer')
    .option('--appendix', 'html, pdf and docx: add the appendix listing every rule checked and how it came out')
    .addHelpText('after', withProgramName(`
Example (GitLab, parallel: 4):
  safety-audit check subsidiaries/ -f json:shard-$CI_NODE_INDEX.json     # each job: --shard from CI_NODE_INDEX/CI_NODE_TOTAL
  safety-audit merge shard-*.json -f sarif:audit.sarif -f html:audit.html -f table`))
    .action(async (files: string[], options: MergeOptions) => setExit(await runMerge(files, options, io)));
}

interface MergeOptions {
  format: string[];
  failOn?: string;
  quiet?: boolean;
  config?: string;
  reportMeta?: string;
  appendix?: boolean;
}

async function runMerge(files: string[], options: MergeOptions, io: CliIo): Promise<number> {
  const read = await readSettings({ format: options.format, failOn: options.failOn, ...(options.config !== undefined ? { config: options.config } : {}) }, io);
  if (!read.settings) return (printConfigProblems(read.diagnostics, {}, io), EXIT.invalid);
  const failOn = parseFailOn(read.settings.failOn.value);
  const outputs = parseOutputs(read.settings.outputs.value, io.cwd);
  const paths = files.map((file) => resolve(io.cwd, file));
  await checkOutputs(outputs, { cwd: io.cwd, env: io.env, inputs: [...paths, ...reportMetaInputs(options.reportMeta, io.cwd)] });
  const lang = parseLang(undefined, io.env);
  const reportMeta = options.reportMeta !== undefined ? await readReportMeta(options.reportMeta, io, lang) : read.settings.report.value;
  if (reportMeta === 'invalid') return EXIT.invalid;
  // Each shard's enterprises go to the spool at their place in the whole run as the shard is read; only the
  // shards' small parts (packs, rules, errors, notices) stay in memory.
  const spool = ResultSpool.open();
  try {
    const reports: ReportHead[] = [];
    let invalid = false;
    for (const path of paths) {
      const read = await readReport(path, displayPath(io.cwd, path), (result, _index, position) => spool.add(position ?? 0, result));
      if (read.report) reports.push(read.report);
      for (const problem of read.diagnostics) io.stderr.write(`${formatDiagnostic(problem, displayPath(io.cwd, path), lang)}\n`);
      invalid ||= read.diagnostics.length > 0;
    }
    if (invalid) return EXIT.invalid;
    const joined = joinShards(reports, files, spool);
    const run = reportMeta ? { ...joined, reportMeta } : joined;
    const written = await emitOutputs(run, outputs, io, { lang: reports[0]!.lang, quiet: options.quiet === true, appendix: options.appendix === true });
    return decideExitCode(spool.overview, run.inputErrors.length + (written ? 0 : 1), failOn);
  } finally {
    spool.close();
  }
}

/** One run from its shards, in the order of a single run; refused unless the shards are exactly one run's parts. */
function joinShards(reports: ReportHead[], files: string[], enterprises: ResultSpool): AuditRun {
  const [first] = reports;
  const key = (report: ReportHead) => JSON.stringify([report.run.asOf, report.lang, report.run.tool.version, report.run.packs.map((pack) => [pack.id, pack.version]), report.run.shard?.total, report.run.adjustments ?? []]);
  const mismatch = reports.findIndex((report) => key(report) !== key(first!));
  if (mismatch >= 0) throw new UsageError({ key: 'usage-merge-mismatch', params: { first: files[0]!, other: files[mismatch]! } });
  const total = first!.run.shard?.total ?? 0;
  const indexes = reports.map((report) => report.run.shard?.index ?? 0);
  const missing = Array.from({ length: total }, (_, index) => index + 1).filter((index) => !indexes.includes(index));
  if (total === 0 || missing.length || new Set(indexes).size !== indexes.length) {
    throw new UsageError({ key: 'usage-merge-shards', params: { total: String(total), given: indexes.join(', '), missing: missing.join(', ') || '—' } });
  }
  const placed = <T>(items: (report: ReportHead) => [T, number | undefined][]) =>
    reports.flatMap(items).sort((a, b) => (a[1] ?? 0) - (b[1] ?? 0)).map(([item]) => item);
  const inputErrors = placed<InputFailure>((report) => report.run.inputErrors.map((failure, index) => [failure, report.positions.inputErrors[index]]));
  return {
    tool: first!.run.tool,
    asOf: first!.run.asOf,
    generatedAt: reports.map((report) => report.run.generatedAt).sort().at(-1)!,
    packs: first!.run.packs,
    rules: summariseRules(reports.flatMap((report) => report.run.rules), enterprises.overview),
    enterprises,
    inputErrors,
    notices: mergeNotices(reports),
    ...(first!.run.adjustments ? { adjustments: first!.run.adjustments } : {}),
    ...(first!.run.baseline ? { baseline: { ...first!.run.baseline, resolved: reports.flatMap((report) => report.run.baseline?.resolved ?? []).sort(byFileAndRule) } } : {}),
  };
}

/**
 * The run's notices: each once. A waiver that matched nothing in one shard may have matched in another, so
 * `waiver-unmatched` stays only when every shard says it.
 */
function mergeNotices(reports: ReportHead[]): Diagnostic[] {
  const id = (notice: Diagnostic) => JSON.stringify(notice);
  const seen = new Map<string, { notice: Diagnostic; shards: number }>();
  for (const report of reports) {
    for (const notice of new Map(report.run.notices.map((n) => [id(n), n])).values()) {
      const entry = seen.get(id(notice)) ?? { notice, shards: 0 };
      entry.shards += 1;
      seen.set(id(notice), entry);
    }
  }
  return [...seen.values()].filter(({ notice, shards }) => notice.code !== 'waiver-unmatched' || shards === reports.length).map(({ notice }) => notice);
}
