import { overviewOf } from './util-overview.js';
import type { EnterpriseResult, Finding, RuleSummary, Status } from '../engine/index.js';
import type { AuditRun } from './types.js';

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
  const count = (status: Status) => Object.values(result.tally).reduce((sum, tally) => sum + tally[status], 0);
  const counts = { fail: count('fail'), indeterminate: count('indeterminate'), pass: count('pass'), na: count('not-applicable'), waived: count('waived') };
  return { total: counts.fail + counts.indeterminate + counts.pass + counts.na + counts.waived, ...counts };
}

/** Each rule evaluated for at least one enterprise of the run, once, by id. */
export function rulesChecked(run: Pick<AuditRun, 'rules' | 'enterprises'>): RuleSummary[] {
  const ran = overviewOf(run.enterprises).rulesRan;
  return run.rules.filter((rule) => ran.has(rule.ruleId));
}
