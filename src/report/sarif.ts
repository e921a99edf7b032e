// SARIF 2.1.0, for code-scanning platforms: the tool's rules with their basis and remediation, one result
// per problem with its file, line and column, and a stable fingerprint to track it across runs.
import type { EnterpriseResult, Finding, RuleSummary } from '../engine/index.js';
import { t, translate, type Lang } from '../i18n/index.js';
import type { Diagnostic, SourceLocation } from '../input/index.js';
import type { AuditRun, PackSummary, Reporter, StreamReporter } from './types.js';
import { joined } from './util-joined.js';
import { hole, streamJsonArrays } from './util-stream-json.js';
import { ruleName } from './util-rule-name.js';
import { formatDiagnostic } from './util-format-diagnostic.js';
import { rulesChecked } from './util-group-findings.js';
import { formatCitation } from './util-format-citation.js';
import { formatLocation } from './util-format-location.js';
import { enterpriseEditions } from './util-enterprise-editions.js';
import { formatAdjustment } from './util-format-adjustment.js';

const LEVEL = { shutdown: 'error', major: 'error', general: 'warning', advisory: 'note' } as const;

export const streamSarif: StreamReporter = function* (run, { lang }) {
  const rules = rulesChecked(run);
  const ruleIndex = new Map(rules.map((rule, index) => [rule.ruleId, index]));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: { name: 'safety-audit', version: run.tool.version, semanticVersion: run.tool.version, rules: rules.map((rule) => describeRule(rule, lang)) },
          ...groupExtensions(run, lang),
        },
        invocations: [invocation(run, lang)],
        results: hole('results'),
        properties: {
          asOf: run.asOf,
          packs: run.packs.map((pack) => `${pack.id}@${pack.version}`),
          editions: run.packs.filter((pack) => pack.editions.length).map((pack) => describeEditions(pack, lang)),
          ...(run.adjustments?.length ? { adjustments: run.adjustments.map((adjustment) => ({ ...adjustment, message: formatAdjustment(adjustment, lang) })) } : {}),
          enterprises: hole('enterprises'),
        },
      },
    ],
  };
  yield* streamJsonArrays(sarif, { results: resultsOf(run, ruleIndex, lang), enterprises: enterpriseProperties(run, lang) });
  yield '\n';
};

export const formatSarif: Reporter = joined(streamSarif);

/** Every problem of every enterprise, then the baseline's findings now gone (kind pass, baselineState absent). */
function* resultsOf(run: AuditRun, ruleIndex: Map<string, number>, lang: Lang): Generator<unknown> {
  for (const result of run.enterprises) for (const finding of result.findings) yield* toResult(finding, result, ruleIndex, lang);
  for (const gone of run.baseline?.resolved ?? []) {
    yield {
      ruleId: gone.finding.ruleId,
      ...(ruleIndex.has(gone.finding.ruleId) ? { ruleIndex: ruleIndex.get(gone.finding.ruleId) } : {}),
      kind: 'pass',
      level: 'none',
      baselineState: 'absent',
      message: { text: gone.finding.message[lang] },
      locations: [physical(gone.finding.location ?? { file: gone.file, line: 1, column: 1 })],
      partialFingerprints: { 'safetyAudit/v1': gone.finding.fingerprint },
      properties: { enterprise: gone.enterprise, creditCode: gone.creditCode, severity: gone.finding.severity, ...(gone.finding.item ? { item: gone.finding.item } : {}) },
    };
  }
}

/** Each enterprise's verdict, for the run's properties. */
function* enterpriseProperties(run: AuditRun, lang: Lang): Generator<unknown> {
  for (const result of run.enterprises) {
    yield {
      file: result.file, name: result.enterprise.name, creditCode: result.enterprise.creditCode, verdict: result.verdict, verdictText: t(lang, `verdict-${result.verdict}`),
      undecided: result.undecided, fiveInPlaceState: result.fiveInPlaceState, editions: enterpriseEditions(result, run.packs).map((pack) => describeEditions(pack, lang)),
    };
  }
}

/** A group's own packs (`--rules`) as tool extensions (SARIF 2.1.0 §3.19.4): the group's rule sets beside the driver. */
function groupExtensions(run: AuditRun, lang: Lang) {
  const group = run.packs.filter((pack) => pack.origin === 'group');
  if (!group.length) return {};
  return { extensions: group.map((pack) => ({ name: pack.id, fullName: pack.title[lang], version: pack.version, properties: { origin: 'group', rules: pack.rules, label: t(lang, 'group-rule') } })) };
}

/** A pack's editions deciding the audit date, by citation, and the notice when none of them was in force on it. */
const describeEditions = (pack: PackSummary, lang: Lang) => ({ pack: pack.id, editions: pack.editions.map((e) => e.citation[lang]), ...(pack.notice ? { notice: translate(lang, pack.notice) } : {}) });

function describeRule(rule: RuleSummary, lang: Lang) {
  const basis = rule.sources.map((source) => formatCitation(source, lang));
  const heading = `${t(lang, 'report-basis')}: ${basis.join('; ')}\n${t(lang, 'report-remediation')}: ${rule.remediation[lang]}`;
  return {
    id: rule.ruleId,
    name: ruleName(rule.title.en),
    shortDescription: { text: rule.title[lang] },
    fullDescription: { text: `${rule.title[lang]} (${t(lang, `severity-${rule.severity}`)}, ${t(lang, `dimension-${rule.dimension}`)})` },
    help: {
      text: heading,
      markdown: `**${t(lang, 'report-basis')}**\n\n${basis.map((b) => `- ${b}`).join('\n')}\n\n**${t(lang, 'report-remediation')}**: ${rule.remediation[lang]}`,
    },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: {
      tags: [`pack:${rule.pack.id}`, `dimension:${rule.dimension}`, `severity:${rule.severity}`, ...(rule.pack.origin ? ['group'] : [])],
      pack: rule.pack.id, packVersion: rule.pack.version, ...(rule.pack.origin ? { origin: rule.pack.origin } : {}), severity: rule.severity, dimension: rule.dimension,
    },
  };
}

/** Problems only: a fail (or a waived fail, suppressed) is a `fail` result; an undecided rule asks for `review`. */
function toResult(finding: Finding, result: EnterpriseResult, ruleIndex: Map<string, number>, lang: Lang) {
  if (finding.status === 'pass' || finding.status === 'not-applicable') return [];
  const undecided = finding.status === 'indeterminate' || finding.waiver?.waivedStatus === 'indeterminate';
  const text = undecided && finding.reason ? `${finding.title[lang]}: ${translate(lang, finding.reason)}` : finding.message[lang];
  return [{
    ruleId: finding.ruleId,
    ruleIndex: ruleIndex.get(finding.ruleId),
    kind: undecided ? 'review' : 'fail',
    level: undecided ? 'none' : LEVEL[finding.severity],
    message: { text },
    locations: [physical(finding.location ?? { file: result.file, line: 1, column: 1 })],
    partialFingerprints: { 'safetyAudit/v1': finding.fingerprint },
    ...(finding.baselineState ? { baselineState: finding.baselineState } : {}),
    ...(finding.waiver ? { suppressions: [{ kind: 'external', status: 'accepted', justification: `${finding.waiver.reason} (${finding.waiver.approvedBy}, ${finding.waiver.expires})` }] } : {}),
    properties: {
      enterprise: result.enterprise.name, creditCode: result.enterprise.creditCode, status: finding.status,
      severity: finding.severity, dimension: finding.dimension, pack: finding.pack.id, ...(finding.pack.origin ? { origin: finding.pack.origin } : {}), ...(finding.item ? { item: finding.item } : {}),
      ...(finding.edition ? { edition: finding.edition.id, ...(finding.edition.notice ? { editionNotice: translate(lang, finding.edition.notice) } : {}) } : {}),
    },
  }];
}

/**
 * A file location; a CSV cell's column is a field number, not a character column, so it gives the line only.
 * A workbook is not a text file: it has no region, and its cell (`台账.xlsx!隐患排查治理台账!F7`) is the location's message.
 */
function physical(location: SourceLocation) {
  if (location.sheet !== undefined) {
    return { physicalLocation: { artifactLocation: { uri: encodeURI(location.file.replace(/\\/g, '/')) } }, message: { text: formatLocation(location, location.file) } };
  }
  const region = location.field ? { startLine: location.line } : { startLine: location.line, startColumn: location.column };
  return { physicalLocation: { artifactLocation: { uri: encodeURI(location.file.replace(/\\/g, '/')) }, region } };
}

/** The enterprises' warnings (files not read beside them), gathered in one pass. */
function enterpriseWarnings(run: AuditRun): { d: Diagnostic; file: string; level: string }[] {
  const warned = [];
  for (const { file, warnings } of run.enterprises) for (const d of warnings) warned.push({ d, file, level: 'warning' });
  return warned;
}

function invocation(run: AuditRun, lang: Lang) {
  const notifications = [
    ...run.inputErrors.flatMap(({ file, diagnostics }) => diagnostics.map((d) => ({ d, file, level: 'error' }))),
    ...enterpriseWarnings(run),
    ...run.notices.map((d) => ({ d, file: d.location?.file ?? '', level: 'warning' })),
  ].map(({ d, file, level }) => ({
    level,
    descriptor: { id: d.code },
    message: { text: formatDiagnostic(d, file, lang) },
    ...(d.location ? { locations: [physical(d.location)] } : {}),
  }));
  return { executionSuccessful: run.inputErrors.length === 0, toolExecutionNotifications: notifications, ...configurationOverrides(run, lang) };
}

/** The configuration's adjustments as SARIF states them: a rule disabled, or reported at another level. */
function configurationOverrides(run: AuditRun, lang: Lang) {
  if (!run.adjustments?.length) return {};
  return {
    ruleConfigurationOverrides: run.adjustments.map((adjustment) => ({
      descriptor: { id: adjustment.ruleId },
      configuration: adjustment.kind === 'disabled'
        ? { enabled: false, properties: { reason: adjustment.reason, message: formatAdjustment(adjustment, lang) } }
        : { level: LEVEL[adjustment.to], properties: { severity: adjustment.to, from: adjustment.from, direction: adjustment.direction, message: formatAdjustment(adjustment, lang) } },
    })),
  };
}
