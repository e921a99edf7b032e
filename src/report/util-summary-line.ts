import { t, type Lang } from '../i18n/index.js';
import type { AuditRun } from './types.js';
import { countVerdicts } from './util-count-verdicts.js';

/** The group summary every run ends with: 共 N 家企业：停产整顿 …，输入错误 …  (判定日期 …). */
export function formatSummaryLine(run: AuditRun, lang: Lang): string {
  const summary = t(lang, 'report-summary', { enterprises: run.enterprises.length + run.inputErrors.length, ...countVerdicts(run), invalid: run.inputErrors.length });
  return `${summary}  (${t(lang, 'report-as-of', { asOf: run.asOf })})`;
}
