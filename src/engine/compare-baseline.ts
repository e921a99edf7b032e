import { HISTORY_LIMIT } from '../schema/index.js';
import type { EnterpriseResult, Finding, VerdictRecord } from './types.js';

/** How a failed or undecided finding compares with the baseline run (SARIF's baselineState). */
export type BaselineState = 'new' | 'unchanged' | 'updated';

/** A finding of the baseline that is gone from an enterprise checked again: fixed, or no longer applicable. */
export interface ResolvedFinding {
  file: string;
  enterprise: string;
  creditCode: string;
  finding: Finding;
}

const open = (finding: Finding) => finding.status === 'fail' || finding.status === 'indeterminate';

/** A baseline report as compared with: its run's dates and its enterprises. */
export interface BaselineRun {
  asOf: string;
  generatedAt: string;
  enterprises: Iterable<EnterpriseResult>;
}

/**
 * Each failed or undecided finding marked new, unchanged or updated (it was there with another status)
 * against the baseline by its fingerprint (credit code + rule + item), with the audit date it was first seen
 * on (carried from the baseline, else the baseline's date; a new one, this run's); each enterprise's verdict
 * history (the baseline's own, then the baseline's verdict on that credit code); and the baseline's open
 * findings of the enterprises checked again that are gone. An enterprise not in this run resolves nothing.
 */
export function compareWithBaseline(current: readonly EnterpriseResult[], baseline: BaselineRun, asOf: string): { enterprises: EnterpriseResult[]; resolved: ResolvedFinding[] } {
  const comparison = startBaselineComparison(baseline, asOf);
  const enterprises = current.map((result) => comparison.compare(result));
  return { enterprises, resolved: comparison.resolved() };
}

/** The same, one enterprise at a time as a run checks them, and the findings resolved once all are seen. */
export interface BaselineComparison {
  compare(result: EnterpriseResult): EnterpriseResult;
  resolved(): ResolvedFinding[];
}

export function startBaselineComparison(baseline: BaselineRun, asOf: string): BaselineComparison {
  // What is kept of the baseline is small: each open finding's status and first date, each credit code's history.
  // Its findings themselves are read again (`baseline.enterprises` may be on disk) only to list those resolved.
  const before = new Map<string, { status: Finding['status']; firstSeen?: string }>();
  const histories = new Map<string, VerdictRecord[]>();
  for (const result of baseline.enterprises) {
    for (const finding of result.findings) if (open(finding)) before.set(finding.fingerprint, { status: finding.status, ...(finding.firstSeen ? { firstSeen: finding.firstSeen } : {}) });
    if (!histories.has(result.enterprise.creditCode)) histories.set(result.enterprise.creditCode, historyOf(result, baseline));
  }
  // Only what can resolve a baseline finding is remembered: the credit codes seen and their open fingerprints.
  const seen = new Set<string>();
  const now = new Set<string>();
  return {
    compare(result) {
      const { creditCode } = result.enterprise;
      const history = histories.get(creditCode) ?? [];
      const known = histories.has(creditCode);
      if (known) seen.add(creditCode);
      const findings = result.findings.map((finding): Finding => {
        if (!open(finding)) return finding;
        if (known) now.add(finding.fingerprint);
        const earlier = before.get(finding.fingerprint);
        if (!earlier) return { ...finding, baselineState: 'new', firstSeen: asOf };
        return { ...finding, baselineState: earlier.status === finding.status ? 'unchanged' : 'updated', firstSeen: earlier.firstSeen ?? baseline.asOf };
      });
      return { ...result, findings, ...(history.length ? { history } : {}) };
    },
    resolved: () => {
      // The baseline read once more, an enterprise at a time: only the findings that are gone are kept.
      const gone: ResolvedFinding[] = [];
      for (const result of baseline.enterprises) {
        if (!seen.has(result.enterprise.creditCode)) continue;
        for (const finding of result.findings) {
          if (open(finding) && !now.has(finding.fingerprint)) gone.push({ file: result.file, enterprise: result.enterprise.name, creditCode: result.enterprise.creditCode, finding });
        }
      }
      // One order whatever the order of the runs: by file, then rule and item (merge sorts shards' lists the same way).
      return gone.sort(byFileAndRule);
    },
  };
}

/** The baseline's history of a credit code and its verdict in the baseline, oldest first, the last HISTORY_LIMIT. */
function historyOf(earlier: EnterpriseResult, baseline: Pick<BaselineRun, 'asOf' | 'generatedAt'>): VerdictRecord[] {
  return [...(earlier.history ?? []), { asOf: baseline.asOf, generatedAt: baseline.generatedAt, verdict: earlier.verdict }].slice(-HISTORY_LIMIT);
}

export const byFileAndRule = (a: ResolvedFinding, b: ResolvedFinding): number =>
  a.file.localeCompare(b.file) || a.finding.ruleId.localeCompare(b.finding.ruleId) || (a.finding.item ?? '').localeCompare(b.finding.item ?? '') || a.finding.fingerprint.localeCompare(b.finding.fingerprint);
