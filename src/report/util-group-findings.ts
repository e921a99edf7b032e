import type { EnterpriseResult, Finding } from '../engine/index.js';

/** The order every reporter lists findings in: shutdown and major fails first, then the rest. */
export const FINDING_GROUPS = [
  { key: 'report-shutdown-major', belongs: (f: Finding) => f.status === 'fail' && (f.severity === 'shutdown' || f.severity === 'major') },
  { key: 'report-general', belongs: (f: Finding) => f.status === 'fail' && f.severity === 'general' },
  { key: 'report-indeterminate', belongs: (f: Finding) => f.status === 'indeterminate' },
  { key: 'report-advisory', belongs: (f: Finding) => f.status === 'fail' && f.severity === 'advisory' },
  { key: 'report-waived', belongs: (f: Finding) => f.status === 'waived' },
] as const;

export type FindingGroupKey = (typeof FINDING_GROUPS)[number]['key'];

/** Findings of one enterprise by group, empty groups left out. */
export function groupFindings(result: EnterpriseResult): { key: FindingGroupKey; findings: Finding[] }[] {
  return FINDING_GROUPS.map(({ key, belongs }) => ({ key, findings: bySeverity(result.findings.filter(belongs)) })).filter((group) => group.findings.length > 0);
}

const RANK = { shutdown: 0, major: 1, general: 2, advisory: 3 } as const;

/** Stable: the most severe first (what to supply first), rule order kept within a severity. */
const bySeverity = (findings: Finding[]) => findings.sort((a, b) => RANK[a.severity] - RANK[b.severity]);

/** Counts a reader looks for: checks, fails, indeterminate, passes, not applicable, waived. */
export function countStatuses(result: EnterpriseResult) {
  const count = (status: Finding['status']) => result.findings.filter((f) => f.status === status).length;
  return { total: result.findings.length, fail: count('fail'), indeterminate: count('indeterminate'), pass: count('pass'), na: count('not-applicable'), waived: count('waived') };
}

/** Each rule evaluated in the run, once, with the finding that first describes it. */
export function rulesChecked(results: readonly EnterpriseResult[]): Finding[] {
  const seen = new Map<string, Finding>();
  for (const result of results) for (const finding of result.findings) if (!seen.has(finding.ruleId)) seen.set(finding.ruleId, finding);
  return [...seen.values()].sort((a, b) => a.ruleId.localeCompare(b.ruleId));
}
