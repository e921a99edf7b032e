import type { EnterpriseResult, Finding, ResolvedFinding } from '../engine/index.js';
import { t, type Lang } from '../i18n/index.js';
import type { AuditRun } from './types.js';

/** `新增` / `有变化` beside a finding compared with a baseline; nothing for an unchanged one or without a baseline. */
export const baselineMark = (finding: Finding, lang: Lang): string =>
  finding.baselineState === 'new' || finding.baselineState === 'updated' ? t(lang, `baseline-${finding.baselineState}`) : '';

/** The baseline's open findings of this enterprise that are gone now. */
export const resolvedFor = (run: AuditRun, result: EnterpriseResult): ResolvedFinding[] =>
  (run.baseline?.resolved ?? []).filter((gone) => gone.creditCode === result.enterprise.creditCode && gone.file === result.file);

/** 与基线相比：新增 …，有变化 …，未变 …，已消除 … — for the run's summary. */
export function baselineCounts(run: AuditRun, lang: Lang): string | undefined {
  if (!run.baseline) return undefined;
  const states = run.enterprises.flatMap((result) => result.findings.map((finding) => finding.baselineState));
  const count = (state: Finding['baselineState']) => states.filter((candidate) => candidate === state).length;
  return t(lang, 'report-baseline-counts', { new: count('new'), updated: count('updated'), unchanged: count('unchanged'), resolved: run.baseline.resolved.length });
}
