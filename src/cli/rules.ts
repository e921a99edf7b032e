import { Command } from 'commander';
import Table from 'cli-table3';
import { testRuleExamples, type ExampleOutcome } from '../engine/index.js';
import { t, translate, type Lang } from '../i18n/index.js';
import { loadAssessment, parseYaml, readBytes, decodeText } from '../input/index.js';
import { buildRuleSet, loadPackFile, type Pack } from '../rules/index.js';
import { formatDiagnostic } from '../report/index.js';
import { EXIT } from './exit-code.js';
import type { CliIo } from './io.js';
import { parseAsOf, parseLang } from './options.js';
import { bundledPackFiles } from './package-info.js';
import { loadRules } from './load-rules.js';

interface RulesOptions {
  sector?: string;
  lang?: string;
}

export function rulesCommand(io: CliIo, setExit: (code: number) => void): Command {
  const rules = new Command('rules').description('list the rules, or test every rule against its examples / 列出或测试规则');
  rules
    .command('list')
    .description('list every rule: id, pack, severity, dimension, title')
    .option('--sector <sector>', 'only the general pack and this sector’s pack')
    .option('--lang <lang>', 'zh or en')
    .action(async (options: RulesOptions) => setExit(await runRulesList(options, io)));
  rules
    .command('test')
    .description("run every rule's pass and fail examples over its pack's compliant fixture")
    .option('--sector <sector>', 'only the general pack and this sector’s pack')
    .option('--lang <lang>', 'zh or en')
    .action(async (options: RulesOptions) => setExit(await runRulesTest(options, io)));
  return rules;
}

const inSector = (sector: string | undefined) => (pack: { sector: string }) => !sector || pack.sector === 'general' || pack.sector === sector;

async function runRulesList(options: RulesOptions, io: CliIo): Promise<number> {
  const lang = parseLang(options.lang, io.env);
  const ruleSet = await loadRules(bundledPackFiles(), parseAsOf(undefined, io.now()), io, lang);
  if (!ruleSet) return EXIT.invalid;
  const table = new Table({ head: ['id', 'pack', t(lang, 'report-severity'), t(lang, 'five-in-place'), t(lang, 'report-rule')], style: { head: [], border: [] } });
  for (const rule of ruleSet.rules.filter((rule) => inSector(options.sector)(rule.pack))) {
    // A rule raised by `escalate` shows both: 重大→停产整顿.
    const severity = [rule.severity, ...(rule.escalate ?? []).map((step) => step.severity)].map((s) => t(lang, `severity-${s}`)).join('→');
    table.push([rule.id, rule.pack.id, severity, t(lang, `dimension-${rule.dimension}`), rule.title[lang]]);
  }
  io.stdout.write(`${table.toString()}\n`);
  return EXIT.ok;
}

/** Examples run at the fixture's own assessment date, so they never go stale. */
async function runRulesTest(options: RulesOptions, io: CliIo): Promise<number> {
  const lang = parseLang(options.lang, io.env);
  const loaded = await Promise.all(bundledPackFiles().map((file) => loadPackFile(file)));
  const problems = loaded.flatMap((result) => result.diagnostics);
  const packs = loaded.flatMap((result) => (result.value ? [result.value] : []));
  for (const problem of problems) io.stderr.write(`${formatDiagnostic(problem, problem.location?.file ?? '', lang)}\n`);
  if (problems.length) return EXIT.invalid;
  let failed = 0;
  let total = 0;
  for (const pack of packs.filter(inSector(options.sector))) {
    const outcomes = await testPack(pack, packs, io, lang);
    if (!outcomes) return EXIT.invalid;
    for (const [ruleId, results] of outcomes) {
      total += 1;
      const bad = results.filter((result) => !result.ok);
      if (bad.length) failed += 1;
      io.stdout.write(bad.length ? bad.map((result) => `${describeFailure(result, lang)}\n`).join('') : `${t(lang, 'rules-test-ok', { rule: ruleId, count: results.length - 1 })}\n`);
    }
  }
  io.stdout.write(`${t(lang, 'rules-test-summary', { rules: total, failed })}\n`);
  return failed ? EXIT.findings : EXIT.ok;
}

async function testPack(pack: Pack, packs: Pack[], io: CliIo, lang: Lang): Promise<Map<string, ExampleOutcome[]> | undefined> {
  const report = (text: string) => (io.stderr.write(`${text}\n`), undefined);
  if (!pack.fixture) return report(`${pack.file}: ${t(lang, 'pack-fixture-missing', { pack: pack.pack })}`);
  const asOf = await fixtureDate(pack.fixture);
  const { ruleSet, diagnostics } = buildRuleSet(packs, asOf ?? parseAsOf(undefined, io.now()));
  if (!ruleSet) return report(diagnostics.map((d) => formatDiagnostic(d, pack.file, lang)).join('\n'));
  const fixture = await loadAssessment(pack.fixture, ruleSet);
  if (!fixture.value) return report(fixture.diagnostics.map((d) => formatDiagnostic(d, pack.fixture!, lang)).join('\n'));
  const outcomes = new Map<string, ExampleOutcome[]>();
  for (const rule of ruleSet.rules.filter((rule) => rule.pack.id === pack.pack)) {
    outcomes.set(rule.id, testRuleExamples(rule, fixture.value, ruleSet.ruleEnv, ruleSet.validate));
  }
  return outcomes;
}

async function fixtureDate(file: string): Promise<string | undefined> {
  const bytes = await readBytes(file);
  const text = bytes.value ? decodeText(bytes.value, file).value : undefined;
  const data = text === undefined ? undefined : parseYaml(text, file).value?.data;
  const date = (data?.assessment as { date?: unknown } | undefined)?.date;
  return typeof date === 'string' ? date : undefined;
}

function describeFailure(outcome: ExampleOutcome, lang: Lang): string {
  return t(lang, 'rules-test-failed', {
    rule: outcome.ruleId,
    kind: outcome.kind,
    index: outcome.index,
    problem: outcome.problem ? translate(lang, outcome.problem) : '',
    statuses: outcome.statuses.join(', ') || '-',
  });
}
