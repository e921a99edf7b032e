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
  const counts = { new: 0, updated: 0, unchanged: 0, resolved: run.baseline.resolved.length };
  for (const result of run.enterprises) for (const { baselineState } of result.findings) if (baselineState) counts[baselineState] += 1;
  return t(lang, 'report-baseline-counts', counts);
}
