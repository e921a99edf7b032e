// `rules test`: every rule's examples over its pack's compliant fixture, at the fixture's own date — once per
// edition fixture, so a rule is tested in each edition it is in force in.
import { testRuleExamples, type ExampleOutcome } from '../engine/index.js';
import { t, translate, type Lang } from '../i18n/index.js';
import { loadAssessment, parseYaml, readBytes, decodeText } from '../input/index.js';
import { buildRuleSet, loadPacks, reusedValidators, type Pack } from '../rules/index.js';
import { EXIT } from './exit-code.js';
import { formatPackDiagnostic } from './load-rules.js';
import type { CliIo } from './io.js';
import { parseAsOf, parseLang } from './options.js';
import { bundledPackFiles } from './package-info.js';
import { groupPackFiles } from './group-packs.js';
import { displayPath } from './display-path.js';

export interface RulesOptions {
  sector?: string;
  lang?: string;
  asOf?: string;
  /** A group's own pack folders or files (`--rules`). */
  rules?: string[];
}

export const inSector = (sector: string | undefined) => (pack: { sector: string }) => !sector || pack.sector === 'general' || pack.sector === sector;

/**
 * Examples run at the fixture's own assessment date, so they never go stale. With `--rules`, only the group's
 * packs are tested, each over its own fixture (the bundled packs loaded beside them, as in a check).
 */
export async function runRulesTest(options: RulesOptions, io: CliIo): Promise<number> {
  const lang = parseLang(options.lang, io.env);
  const groupFiles = await groupPackFiles(options.rules, io.cwd);
  const { packs, diagnostics: problems } = await loadPacks(bundledPackFiles(), groupFiles);
  for (const problem of problems) io.stderr.write(`${formatPackDiagnostic(problem, io, lang)}\n`);
  if (!packs) return EXIT.invalid;
  const validators = await reusedValidators();
  let failed = 0;
  let total = 0;
  for (const pack of packs.filter((candidate) => inSector(options.sector)(candidate) && (groupFiles.length === 0 || candidate.origin === 'group'))) {
    const outcomes = await testPack(pack, packs, io, lang, validators);
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

/** Each rule of the pack, tested over every compliant fixture (the pack's, each edition's) on whose date it is in force; a rule naming no edition has its examples run on the pack's fixture only. */
async function testPack(pack: Pack, packs: Pack[], io: CliIo, lang: Lang, validators: Awaited<ReturnType<typeof reusedValidators>>): Promise<Map<string, ExampleOutcome[]> | undefined> {
  const report = (text: string) => (io.stderr.write(`${text}\n`), undefined);
  const fixtures = [...new Set([pack.fixture, ...(pack.editions ?? []).map((edition) => edition.fixture)].filter((file): file is string => file !== undefined))];
  if (fixtures.length === 0) return report(`${displayPath(io.cwd, pack.file)}: ${t(lang, 'pack-fixture-missing', { pack: pack.pack })}`);
  const outcomes = new Map<string, ExampleOutcome[]>();
  for (const file of fixtures) {
    const asOf = await fixtureDate(file);
    const { ruleSet, diagnostics } = buildRuleSet(packs, asOf ?? parseAsOf(undefined, io.now()), validators);
    if (!ruleSet) return report(diagnostics.map((d) => formatPackDiagnostic(d, io, lang)).join('\n'));
    const fixture = await loadAssessment(file, ruleSet);
    if (!fixture.value) return report(fixture.diagnostics.map((d) => formatPackDiagnostic(d, io, lang)).join('\n'));
    for (const rule of ruleSet.rules.filter((candidate) => candidate.pack.id === pack.pack)) {
      // A rule naming no edition runs on every date: an edition's fixture must raise nothing under it, but its
      // examples (often dates relative to the pack fixture's day, or duties that begin later) run on the pack's fixture.
      const results = testRuleExamples(rule, fixture.value, ruleSet.ruleEnv, ruleSet.validate);
      const own = file === pack.fixture || rule.spec.editions !== undefined ? results : results.filter((result) => result.kind === 'fixture');
      outcomes.set(rule.id, [...(outcomes.get(rule.id) ?? []), ...own]);
    }
  }
  // A rule in force on no fixture's date was never tested: that is a failure, not a silent pass.
  for (const spec of pack.rules.filter((rule) => !outcomes.has(rule.id))) {
    outcomes.set(spec.id, [{ ruleId: spec.id, kind: 'fixture', index: 0, ok: false, statuses: [], problem: { key: 'example-untested' } }]);
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
