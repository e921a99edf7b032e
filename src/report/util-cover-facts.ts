import type { MessageKey, Lang } from '../i18n/index.js';
import { t } from '../i18n/index.js';
import type { AuditRun } from './types.js';
import { firstEnterprise } from './util-map-enterprises.js';
import { formatChinaTime } from './util-format-cst.js';

/** The enterprise a one-enterprise report is about: the cover and the page title name it. */
export const soleEnterprise = (run: AuditRun) =>
  run.enterprises.length === 1 && run.inputErrors.length === 0 ? firstEnterprise(run.enterprises)?.enterprise : undefined;

/**
 * The cover's facts, in the order a reader looks for them: region (one enterprise), scope, period, firm,
 * auditor, the audit date, when the report was made (China Standard Time) and by which tool. Only what is
 * known is listed.
 */
export function coverFacts(run: AuditRun, lang: Lang): { key: MessageKey; value: string }[] {
  const meta = run.reportMeta ?? {};
  const only = soleEnterprise(run);
  const facts: { key: MessageKey; value: string | undefined }[] = [
    { key: 'html-region', value: only?.region },
    { key: 'doc-scope', value: meta.scope },
    { key: 'doc-period', value: meta.period ? t(lang, 'doc-period-range', meta.period) : undefined },
    { key: 'doc-firm', value: meta.firm },
    { key: 'doc-auditor', value: meta.auditor },
    { key: 'html-as-of', value: run.asOf },
    { key: 'html-generated', value: formatChinaTime(run.generatedAt, lang) },
    { key: 'html-tool', value: `${run.tool.name} ${run.tool.version}` },
  ];
  return facts.filter((fact): fact is { key: MessageKey; value: string } => fact.value !== undefined && fact.value !== '');
}
