import type { EnterpriseResult, Finding, RuleSummary, Status, Tally } from '../engine/index.js';
import { translate, type Lang } from '../i18n/index.js';
import { pointerToPath, type Diagnostic, type SourceLocation } from '../input/index.js';
import { formatCitation } from './util-format-citation.js';
import { RESULT_SCHEMA_VERSION } from '../schema/index.js';
import type { AuditRun, PackSummary, Reporter, StreamReporter } from './types.js';
import { hole, RenderedJson, StreamedJson, streamJsonArrays } from './util-stream-json.js';
import { renderKey } from './util-render-key.js';
import { joined } from './util-joined.js';
import { mapLazily } from './util-map-lazily.js';
import { countVerdicts } from './util-count-verdicts.js';
import { ruleName } from './util-rule-name.js';
import { enterpriseEditions } from './util-enterprise-editions.js';
import { formatAdjustment } from './util-format-adjustment.js';

/** Versioned machine output; its schema is `safety-audit schema --result`. */
export const streamJson: StreamReporter = function* (run, { lang }) {
  const document = {
      schemaVersion: RESULT_SCHEMA_VERSION,
      tool: run.tool,
      asOf: run.asOf,
      generatedAt: run.generatedAt,
      lang,
      packs: run.packs.map((pack) => ({
        id: pack.id, version: pack.version, sector: pack.sector, title: pack.title[lang], ...(pack.origin ? { origin: pack.origin } : {}), rules: pack.rules,
        ...formatEditions(pack, lang),
      })),
      rules: run.rules.map((rule) => formatRule(rule, lang)),
      ...(run.adjustments?.length ? { adjustments: run.adjustments.map((adjustment) => ({ ...adjustment, message: formatAdjustment(adjustment, lang), ...locationOf(adjustment.location) })) } : {}),
      summary: { enterprises: run.enterprises.length, invalid: run.inputErrors.length, verdicts: countVerdicts(run) },
      ...(run.shard ? { shard: run.shard } : {}),
      ...(run.baseline ? { baseline: { file: run.baseline.file, asOf: run.baseline.asOf, generatedAt: run.baseline.generatedAt, resolved: run.baseline.resolved.map((gone) => ({ file: gone.file, enterprise: gone.enterprise, creditCode: gone.creditCode, finding: formatFinding(gone.finding, lang) })) } } : {}),
      enterprises: hole('enterprises'),
      errors: formatErrors(run, lang),
      warnings: run.notices.map((notice) => formatWarning(notice, lang)),
  };
  yield* streamJsonArrays(document, { enterprises: enterprisesOf(run, lang) });
  yield '\n';
};

export const formatJson: Reporter = joined(streamJson);

/** Where an enterprise stands in the report: an item of the top-level `enterprises` array. */
const ENTERPRISE_INDENT = '    ';

function* enterprisesOf(run: AuditRun, lang: Lang) {
  // An enterprise an earlier run checked and wrote (a --cache hit) is written as that run wrote it; not in a
  // shard, whose enterprises carry their place in the whole run.
  const items = run.positions ? run.enterprises : (run.enterprises.renderedAs?.(renderKey('json', lang)) ?? run.enterprises);
  let index = 0;
  for (const item of items) {
    yield typeof item === 'string' ? new RenderedJson(item, ENTERPRISE_INDENT) : streamedEnterprise(item, run.packs, lang, run.positions?.enterprises[index]);
    index++;
  }
}

/** An enterprise's findings are written one at a time too: a carrier's 50,000-trip log may fail on most trips. */
function streamedEnterprise(result: EnterpriseResult, packs: readonly PackSummary[], lang: Lang, position?: number): StreamedJson {
  const formatted = { ...formatEnterprise(result, packs, lang), ...positionOf(position) };
  return new StreamedJson(formatted, { findings: mapLazily(result.findings, (finding) => formatFinding(finding, lang)) });
}

/** An enterprise as the JSON report writes it in a run that is not a shard: the text `--cache` keeps for the next run. */
export function renderJsonEnterprise(result: EnterpriseResult, packs: readonly PackSummary[], lang: Lang): string {
  const { document, arrays } = streamedEnterprise(result, packs, lang);
  return [...streamJsonArrays(document, arrays, ENTERPRISE_INDENT)].join('');
}

/** A pack's editions deciding the audit date, and the notice when none of them was in force on it. */
function formatEditions(pack: PackSummary, lang: Lang) {
  return {
    editions: pack.editions.map((edition) => ({ id: edition.id, citation: edition.citation[lang], ...(edition.from ? { from: edition.from } : {}), ...(edition.until ? { until: edition.until } : {}) })),
    ...(pack.notice ? { notice: translate(lang, pack.notice) } : {}),
  };
}

function formatEnterprise(result: EnterpriseResult, packs: readonly PackSummary[], lang: Lang) {
  return {
    file: result.file,
    enterprise: result.enterprise,
    editions: enterpriseEditions(result, packs).map((pack) => ({ pack: pack.id, ...formatEditions(pack, lang) })),
    verdict: result.verdict,
    undecided: result.undecided,
    allInPlace: result.allInPlace,
    fiveInPlaceState: result.fiveInPlaceState,
    fiveInPlace: result.fiveInPlace,
    warnings: result.warnings.map((warning) => formatWarning(warning, lang)),
    findings: hole('findings'),
    tally: mapValues(result.tally, nonZero),
    openHazards: result.openHazards.map(({ location, ...hazard }) => ({ ...hazard, path: pointerToPath(hazard.pointer), ...locationOf(location) })),
    ...(result.history ? { history: result.history } : {}),
  };
}

/** The statuses a rule had, in the tally's order: a loop, as it runs for every rule of every enterprise. */
function nonZero(tally: Tally): Partial<Tally> {
  const kept: Partial<Tally> = {};
  for (const status in tally) if (tally[status as Status] > 0) kept[status as Status] = tally[status as Status];
  return kept;
}

function mapValues<T, U>(record: Record<string, T>, map: (value: T) => U): Record<string, U> {
  const mapped: Record<string, U> = {};
  for (const key in record) mapped[key] = map(record[key]!);
  return mapped;
}

function formatRule(rule: RuleSummary, lang: Lang) {
  return {
    ruleId: rule.ruleId,
    pack: rule.pack.id,
    severity: rule.severity,
    dimension: rule.dimension,
    title: rule.title[lang],
    name: ruleName(rule.title.en),
    ...(rule.edition ? { edition: { id: rule.edition.id, ...(rule.edition.notice ? { notice: translate(lang, rule.edition.notice) } : {}) } } : {}),
    basis: rule.sources.map((source) => formatCitation(source, lang)),
    citations: rule.sources.map((source) => formatSource(source, lang)),
    remediation: rule.remediation[lang],
  };
}

function formatSource(source: Finding['sources'][number], lang: Lang) {
  return {
    source: source.source,
    ...(source.item ? { item: source.item } : {}),
    text: source.text[lang],
    ...(source.url ? { url: source.url } : {}),
    ...(source.confidence ? { confidence: source.confidence } : {}),
    ...(source.note ? { note: source.note[lang] } : {}),
    ...(source.repealedOn ? { repealedOn: source.repealedOn } : {}),
    ...(source.inForceFrom ? { inForceFrom: source.inForceFrom } : {}),
  };
}

function formatFinding(finding: Finding, lang: Lang) {
  return {
    ruleId: finding.ruleId,
    pack: finding.pack.id,
    ...(finding.pack.origin ? { origin: finding.pack.origin } : {}),
    severity: finding.severity,
    dimension: finding.dimension,
    status: finding.status,
    ...(finding.item !== undefined ? { item: finding.item } : {}),
    pointer: finding.pointer,
    path: pointerToPath(finding.pointer),
    ...locationOf(finding.location),
    title: finding.title[lang],
    name: ruleName(finding.title.en),
    message: finding.message[lang],
    ...(finding.reason ? { reason: translate(lang, finding.reason) } : {}),
    ...(finding.edition ? { edition: { id: finding.edition.id, ...(finding.edition.notice ? { notice: translate(lang, finding.edition.notice) } : {}) } } : {}),
    basis: finding.sources.map((source) => formatCitation(source, lang)),
    citations: finding.sources.map((source) => formatSource(source, lang)),
    remediation: finding.remediation[lang],
    fingerprint: finding.fingerprint,
    ...(finding.baselineState ? { baselineState: finding.baselineState } : {}),
    ...(finding.firstSeen ? { firstSeen: finding.firstSeen } : {}),
    ...(finding.waiver ? { waiver: finding.waiver } : {}),
  };
}

const formatWarning = (warning: Diagnostic, lang: Lang) => ({ code: warning.code, message: translate(lang, warning.message), ...locationOf(warning.location) });

const locationOf = (location: SourceLocation | undefined) =>
  location ? { location: { file: location.file, ...(location.sheet !== undefined ? { sheet: location.sheet } : {}), line: location.line, column: location.column, ...(location.field ? { field: location.field } : {}) } } : {};

const positionOf = (position: number | undefined) => (position === undefined ? {} : { position });

function formatErrors(run: AuditRun, lang: Lang) {
  return run.inputErrors.flatMap(({ file, diagnostics }, index) =>
    diagnostics.map((diagnostic) => ({
      file,
      ...positionOf(run.positions?.inputErrors[index]),
      code: diagnostic.code,
      message: translate(lang, diagnostic.message),
      ...(diagnostic.pointer !== undefined ? { pointer: diagnostic.pointer, path: pointerToPath(diagnostic.pointer) } : {}),
      ...locationOf(diagnostic.location),
    })),
  );
}
