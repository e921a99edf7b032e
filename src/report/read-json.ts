// The JSON report read back into a run (`safety-audit merge` joins shards' reports). The report carries
// texts in one language, so each comes back as that text for both: a merged report is written in the
// language the shards were. The data must already satisfy the result schema (`safety-audit schema --result`).
import type { EnterpriseResult, Finding, RuleSummary, Tally } from '../engine/index.js';
import { zeroTally } from './util-zero-tally.js';
import type { Lang, Localized, MessageRef } from '../i18n/index.js';
import type { Diagnostic, DiagnosticCode, SourceLocation } from '../input/index.js';
import type { Citation, Severity } from '../rules/index.js';
import type { AuditRun, InputFailure, PackSummary } from './types.js';

const both = (text: string): Localized => ({ zh: text, en: text });
const literal = (text: string): MessageRef => ({ key: 'literal', params: { text } });

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the shape is the result schema, checked before
type Json = Record<string, any>;

function location(value: Json | undefined): { location?: SourceLocation } {
  if (!value) return {};
  return { location: { file: value.file, ...(value.sheet !== undefined ? { sheet: value.sheet } : {}), line: value.line, column: value.column, ...(value.field !== undefined ? { field: value.field } : {}) } };
}

const diagnostic = (value: Json, severity: Diagnostic['severity']): Diagnostic => ({
  code: value.code as DiagnosticCode,
  severity,
  message: literal(value.message),
  ...location(value.location),
  ...(value.pointer !== undefined ? { pointer: value.pointer } : {}),
});

function citation(value: Json): Citation {
  return {
    source: value.source,
    ...(value.item !== undefined ? { item: value.item } : {}),
    text: both(value.text),
    ...(value.url !== undefined ? { url: value.url } : {}),
    ...(value.confidence !== undefined ? { confidence: value.confidence } : {}),
    ...(value.note !== undefined ? { note: both(value.note) } : {}),
    ...(value.repealedOn !== undefined ? { repealedOn: value.repealedOn } : {}),
    ...(value.inForceFrom !== undefined ? { inForceFrom: value.inForceFrom } : {}),
  };
}

function finding(value: Json, packs: ReadonlyMap<string, PackSummary>, lang: Lang): Finding {
  const pack = packs.get(value.pack);
  return {
    ruleId: value.ruleId,
    pack: { id: value.pack, version: pack?.version ?? '', sector: pack?.sector ?? '', ...(value.origin === 'group' ? { origin: 'group' as const } : {}) },
    // The English title is what SARIF names a rule by; a report in Chinese carries that name.
    title: lang === 'en' || value.name === undefined ? both(value.title) : { zh: value.title, en: value.name },
    severity: value.severity as Severity,
    dimension: value.dimension,
    status: value.status,
    ...(value.item !== undefined ? { item: value.item } : {}),
    pointer: value.pointer,
    ...location(value.location),
    message: both(value.message),
    sources: (value.citations ?? []).map(citation),
    remediation: both(value.remediation),
    ...(value.edition ? { edition: { id: value.edition.id, ...(value.edition.notice !== undefined ? { notice: literal(value.edition.notice) } : {}) } } : {}),
    ...(value.reason !== undefined ? { reason: literal(value.reason) } : {}),
    fingerprint: value.fingerprint,
    ...(value.baselineState ? { baselineState: value.baselineState } : {}),
    ...(value.firstSeen ? { firstSeen: value.firstSeen } : {}),
    ...(value.waiver ? { waiver: value.waiver } : {}),
  };
}

function rule(value: Json, packs: ReadonlyMap<string, PackSummary>, lang: Lang): RuleSummary {
  const { ruleId, pack, title, severity, dimension, sources, remediation, edition } = finding({ ...value, status: 'pass', pointer: '', message: '', fingerprint: '' }, packs, lang);
  return { ruleId, pack, title, severity, dimension, sources, remediation, ...(edition ? { edition } : {}) };
}

const tally = (counts: Json): Record<string, Tally> =>
  Object.fromEntries(Object.entries(counts).map(([ruleId, count]) => [ruleId, { ...zeroTally(), ...(count as Partial<Tally>) }]));

/** One enterprise of a JSON report, as the run had it (`packs`: the report's, by id; `lang`: the report's language). */
export function enterpriseFromJson(value: Json, packs: ReadonlyMap<string, PackSummary>, lang: Lang): EnterpriseResult {
  return {
    file: value.file,
    enterprise: value.enterprise,
    findings: value.findings.map((item: Json) => finding(item, packs, lang)),
    tally: tally(value.tally),
    fiveInPlace: value.fiveInPlace,
    allInPlace: value.allInPlace,
    fiveInPlaceState: value.fiveInPlaceState,
    verdict: value.verdict,
    undecided: value.undecided,
    warnings: value.warnings.map((item: Json) => diagnostic(item, 'warning')),
    // A report written before the ledger or the history were kept has neither.
    openHazards: (value.openHazards ?? []).map(({ path: _path, location: at, ...hazard }: Json) => ({ ...hazard, ...location(at) })),
    ...(value.history ? { history: value.history } : {}),
  };
}

/** The errors of a report, one entry per diagnostic, grouped back by file as the run had them. */
function inputErrors(errors: Json[]): { failures: InputFailure[]; positions: (number | undefined)[] } {
  const failures: InputFailure[] = [];
  const positions: (number | undefined)[] = [];
  for (const error of errors) {
    const last = failures.at(-1);
    if (last && last.file === error.file && positions.at(-1) === error.position) last.diagnostics.push(diagnostic(error, 'error'));
    else (failures.push({ file: error.file, diagnostics: [diagnostic(error, 'error')] }), positions.push(error.position));
  }
  return { failures, positions };
}

export interface ReadReport {
  /** A report read back is held whole: its enterprises are an array. */
  run: AuditRun & { enterprises: EnterpriseResult[] };
  lang: Lang;
  /** Per enterprise and per input error: its place in the whole run, when the report is a shard's. */
  positions: { enterprises: (number | undefined)[]; inputErrors: (number | undefined)[] };
}

/** A JSON report (already checked against the result schema) as the run it describes. */
export function runFromJson(report: Json): ReadReport {
  const packs = packsFromJson(report.packs);
  const byId = new Map(packs.map((pack) => [pack.id, pack]));
  const errors = inputErrors(report.errors);
  return {
    run: {
      tool: report.tool,
      asOf: report.asOf,
      generatedAt: report.generatedAt,
      packs,
      rules: report.rules.map((item: Json) => rule(item, byId, report.lang)),
      enterprises: report.enterprises.map((item: Json) => enterpriseFromJson(item, byId, report.lang)),
      inputErrors: errors.failures,
      notices: report.warnings.map((item: Json) => diagnostic(item, 'warning')),
      ...(report.shard ? { shard: report.shard } : {}),
      ...(report.adjustments ? { adjustments: report.adjustments.map(({ message: _message, location: at, ...adjustment }: Json) => ({ ...adjustment, ...location(at) })) } : {}),
      ...(report.baseline
        ? { baseline: { ...report.baseline, resolved: report.baseline.resolved.map((gone: Json) => ({ ...gone, finding: finding(gone.finding, byId, report.lang) })) } }
        : {}),
    },
    lang: report.lang,
    positions: { enterprises: report.enterprises.map((item: Json) => item.position), inputErrors: errors.positions },
  };
}

/** The packs of a JSON report. */
export function packsFromJson(packs: Json[]): PackSummary[] {
  return packs.map((pack: Json) => ({
    id: pack.id,
    version: pack.version,
    sector: pack.sector,
    title: both(pack.title),
    ...(pack.origin === 'group' ? { origin: 'group' as const } : {}),
    rules: pack.rules,
    editions: pack.editions.map((edition: Json) => ({ id: edition.id, citation: both(edition.citation), ...(edition.from ? { from: edition.from } : {}), ...(edition.until ? { until: edition.until } : {}) })),
    ...(pack.notice !== undefined ? { notice: literal(pack.notice) } : {}),
  }));
}
