import type { EnterpriseResult, Finding } from '../engine/index.js';
import { translate, type Lang } from '../i18n/index.js';
import { pointerToPath, type SourceLocation } from '../input/index.js';
import { RESULT_SCHEMA_VERSION } from '../schema/index.js';
import type { AuditRun, Reporter } from './types.js';
import { countVerdicts } from './util-count-verdicts.js';

/** Versioned machine output; its schema is `safety-audit schema --result`. */
export const formatJson: Reporter = (run, { lang }) =>
  `${JSON.stringify(
    {
      schemaVersion: RESULT_SCHEMA_VERSION,
      tool: run.tool,
      asOf: run.asOf,
      generatedAt: run.generatedAt,
      lang,
      packs: run.packs.map((pack) => ({ id: pack.id, version: pack.version, sector: pack.sector, title: pack.title[lang], rules: pack.rules })),
      summary: { enterprises: run.enterprises.length, invalid: run.inputErrors.length, verdicts: countVerdicts(run) },
      enterprises: run.enterprises.map((result) => formatEnterprise(result, lang)),
      errors: formatErrors(run, lang),
      warnings: run.notices.map((notice) => ({ code: notice.code, message: translate(lang, notice.message), ...locationOf(notice.location) })),
    },
    null,
    2,
  )}\n`;

function formatEnterprise(result: EnterpriseResult, lang: Lang) {
  return {
    file: result.file,
    enterprise: result.enterprise,
    verdict: result.verdict,
    allInPlace: result.allInPlace,
    fiveInPlace: result.fiveInPlace,
    findings: result.findings.map((finding) => formatFinding(finding, lang)),
  };
}

function formatFinding(finding: Finding, lang: Lang) {
  return {
    ruleId: finding.ruleId,
    pack: finding.pack.id,
    severity: finding.severity,
    dimension: finding.dimension,
    status: finding.status,
    ...(finding.item !== undefined ? { item: finding.item } : {}),
    pointer: finding.pointer,
    path: pointerToPath(finding.pointer),
    ...locationOf(finding.location),
    title: finding.title[lang],
    message: finding.message[lang],
    ...(finding.reason ? { reason: translate(lang, finding.reason) } : {}),
    basis: finding.sources.map((source) => source.text[lang]),
    remediation: finding.remediation[lang],
    fingerprint: finding.fingerprint,
    ...(finding.waiver ? { waiver: finding.waiver } : {}),
  };
}

const locationOf = (location: SourceLocation | undefined) =>
  location ? { location: { file: location.file, line: location.line, column: location.column, ...(location.field ? { field: location.field } : {}) } } : {};

function formatErrors(run: AuditRun, lang: Lang) {
  return run.inputErrors.flatMap(({ file, diagnostics }) =>
    diagnostics.map((diagnostic) => ({
      file,
      code: diagnostic.code,
      message: translate(lang, diagnostic.message),
      ...(diagnostic.pointer !== undefined ? { pointer: diagnostic.pointer, path: pointerToPath(diagnostic.pointer) } : {}),
      ...locationOf(diagnostic.location),
    })),
  );
}
