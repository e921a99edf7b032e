// JUnit XML, for CI dashboards: one testsuite per enterprise; a testcase per failed, undecided or waived
// finding (per item for rules checked per item), and per rule one testcase for its passes and one for its
// not-applicable items, with their count — passes are counted, not kept (the tally). Built with xmlbuilder2, never by string concatenation, to the Apache Ant JUnit
// schema that CI servers read: a bare <testsuites>, each suite with package, id, hostname, time,
// properties, system-out and system-err, each case with at most one of failure, error or skipped.
import { createRequire } from 'node:module';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import type { EnterpriseResult, Finding, RuleSummary, Status } from '../engine/index.js';
import { t, translate, type Lang } from '../i18n/index.js';
import type { Reporter, StreamReporter } from './types.js';
import { joined } from './util-joined.js';
import { formatDiagnostic } from './util-format-diagnostic.js';
import { formatLocation } from './util-format-location.js';
import { formatCitation } from './util-format-citation.js';
import { formatVerdict } from './util-format-verdict.js';
import { formatAdjustment } from './util-format-adjustment.js';

// xmlbuilder2 is loaded on first use: a run that writes no JUnit never pays for its ~50 modules.
const require = createRequire(import.meta.url);
let xmlbuilder2: typeof import('xmlbuilder2') | undefined;
const create = ((...args: unknown[]) => {
  xmlbuilder2 ??= require('xmlbuilder2') as typeof import('xmlbuilder2');
  return Reflect.apply(xmlbuilder2.create, undefined, args);
}) as typeof import('xmlbuilder2').create;

export const streamJunit: StreamReporter = function* (run, { lang }) {
  const timestamp = run.generatedAt.slice(0, 19);
  const rules = new Map(run.rules.map((rule) => [rule.ruleId, rule]));
  // Every suite says what the configuration changed: a dashboard shows one suite at a time.
  const adjusted = [
    ...(run.adjustments ?? []).map((a): [string, string] => [`${a.kind === 'disabled' ? 'disabled' : 'severityOverride'}:${a.ruleId}`, formatAdjustment(a, lang)]),
    ...run.notices.map((notice, index): [string, string] => [`notice:${index + 1}:${notice.code}`, formatDiagnostic(notice, notice.location?.file ?? '', lang)]),
  ];
  if (!run.enterprises.length && !run.inputErrors.length) {
    yield `${create({ version: '1.0', encoding: 'UTF-8' }).ele('testsuites').end({ prettyPrint: true })}\n`;
    return;
  }
  // Each suite is built alone and written inside <testsuites>, as the whole document would indent it.
  yield '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>';
  let id = 0;
  for (const result of run.enterprises) {
    yield '\n';
    yield* enterpriseSuite(result, { id: id++, timestamp, rules, adjusted }, lang);
  }
  for (const [index, { file, diagnostics }] of run.inputErrors.entries()) {
    yield `\n${suiteXml((root) => {
      const suite = openSuite(root, { name: file, id: run.enterprises.length + index, timestamp, tests: 1, failures: 0, errors: 1, skipped: 0 }, [['file', file], ...adjusted]);
      suite.ele('testcase', { name: file, classname: 'safety-audit.input', time: '0' })
        .ele('error', { message: t(lang, 'report-input-errors'), type: 'input' }).txt(diagnostics.map((d) => formatDiagnostic(d, file, lang)).join('\n'));
      closeSuite(suite);
    })}`;
  }
  yield '\n</testsuites>\n';
};

export const formatJunit: Reporter = joined(streamJunit);

/** One element, indented `offset` levels: a testsuite in <testsuites> (1), a testcase in its suite (2). */
function suiteXml(build: (root: XMLBuilder) => void, offset = 1): string {
  const root = create();
  build(root);
  return root.end({ prettyPrint: true, headless: true, offset });
}

/** Where a suite's testcases go, written one at a time between its head and its tail. */
const CASES = 'safety-audit-testcases';

interface SuiteHead {
  name: string;
  id: number;
  timestamp: string;
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
}

function openSuite(root: XMLBuilder, head: SuiteHead, properties: [string, string][]): XMLBuilder {
  const suite = root.ele('testsuite', { package: 'safety-audit', hostname: 'localhost', time: '0', ...stringify(head) });
  const props = suite.ele('properties');
  for (const [name, value] of properties) props.ele('property', { name, value });
  return suite;
}

const closeSuite = (suite: XMLBuilder) => suite.ele('system-out').up().ele('system-err');

interface SuiteContext {
  id: number;
  timestamp: string;
  rules: Map<string, RuleSummary>;
  adjusted: [string, string][];
}

const PASSING: readonly Status[] = ['pass', 'not-applicable'];

/** An enterprise's testsuite in pieces: its head, each testcase (a long ledger may make 50,000), its tail. */
function* enterpriseSuite(result: EnterpriseResult, { id, timestamp, rules, adjusted }: SuiteContext, lang: Lang): Generator<string> {
  const problems = result.findings.filter((finding) => !PASSING.includes(finding.status));
  const summed = Object.entries(result.tally).flatMap(([ruleId, tally]) => PASSING.filter((status) => tally[status] > 0).map((status) => ({ ruleId, status, count: tally[status] })));
  const count = (...statuses: Status[]) => problems.filter((f) => statuses.includes(f.status)).length;
  const [head, tail] = suiteXml((root) => {
    const suite = openSuite(
      root,
      {
        name: `${result.enterprise.name} (${result.enterprise.creditCode})`, id, timestamp, tests: problems.length + summed.length,
        failures: count('fail'), errors: count('indeterminate'), skipped: count('waived') + summed.filter((entry) => entry.status === 'not-applicable').length,
      },
      [
        ['file', result.file], ['creditCode', result.enterprise.creditCode], ['verdict', result.verdict], ['verdictText', formatVerdict(result, lang)],
        ['undecided', String(result.undecided)], ['fiveInPlace', result.fiveInPlaceState], ...adjusted,
      ],
    );
    suite.ele(CASES);
    suite.ele('system-out').up().ele('system-err').txt(result.warnings.map((w) => formatDiagnostic(w, result.file, lang)).join('\n'));
  }).split(`\n    <${CASES}/>`) as [string, string];
  yield head;
  for (const finding of problems) yield `\n${suiteXml((root) => addCase(root, finding, result, lang), 2)}`;
  for (const { ruleId, status, count: items } of summed) yield `\n${suiteXml((root) => addSummedCase(root, rules.get(ruleId), ruleId, status, items, lang), 2)}`;
  yield tail;
}

function addCase(suite: XMLBuilder, finding: Finding, result: EnterpriseResult, lang: Lang): void {
  const name = `${finding.ruleId}${finding.item ? ` [${finding.item}]` : ''} ${finding.title[lang]}`;
  const testCase = suite.ele('testcase', { name, classname: `${finding.pack.id}.${finding.dimension}`, time: '0' });
  if (finding.status === 'fail') testCase.ele('failure', { message: finding.message[lang], type: finding.severity }).txt(details(finding, result, lang));
  else if (finding.status === 'indeterminate') testCase.ele('error', { message: finding.reason ? translate(lang, finding.reason) : '', type: 'indeterminate' }).txt(details(finding, result, lang));
  else if (finding.waiver) testCase.ele('skipped', { message: t(lang, 'report-waiver', finding.waiver) }).txt(details(finding, result, lang));
}

/** A rule's passes (or not-applicable items) as one testcase, with how many items it covers. */
function addSummedCase(suite: XMLBuilder, rule: RuleSummary | undefined, ruleId: string, status: Status, items: number, lang: Lang): void {
  const name = `${ruleId}${items > 1 ? t(lang, 'junit-items', { count: items }) : ''} ${rule?.title[lang] ?? ''}`.trimEnd();
  const testCase = suite.ele('testcase', { name, classname: `${rule?.pack.id ?? 'safety-audit'}.${rule?.dimension ?? 'rules'}`, time: '0' });
  if (status === 'not-applicable') testCase.ele('skipped', { message: t(lang, 'status-not-applicable') });
}

function details(finding: Finding, result: EnterpriseResult, lang: Lang): string {
  return [
    `${t(lang, 'report-location')}: ${formatLocation(finding.location, result.file)}`,
    `${t(lang, 'report-severity')}: ${t(lang, `severity-${finding.severity}`)}`,
    `${t(lang, 'report-basis')}: ${finding.sources.map((source) => formatCitation(source, lang)).join('; ')}`,
    ...(finding.edition?.notice ? [translate(lang, finding.edition.notice)] : []),
    `${t(lang, 'report-remediation')}: ${finding.remediation[lang]}`,
  ].join('\n');
}

const stringify = (head: SuiteHead) => Object.fromEntries(Object.entries(head).map(([key, value]) => [key, String(value)]));

