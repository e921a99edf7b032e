import type { EnterpriseResult, Finding } from './types.js';

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

/**
 * Each failed or undecided finding marked new, unchanged or updated (it was there with another status)
 * against the baseline by its fingerprint (credit code + rule + item), and the baseline's open findings of
 * the enterprises checked again that are gone. An enterprise not in this run resolves nothing: it was not seen.
 */
export function compareWithBaseline(current: readonly EnterpriseResult[], baseline: readonly EnterpriseResult[]): { enterprises: EnterpriseResult[]; resolved: ResolvedFinding[] } {
  const before = new Map(baseline.flatMap((result) => result.findings.filter(open).map((finding) => [finding.fingerprint, finding] as const)));
  const enterprises = current.map((result) => ({
    ...result,
    findings: result.findings.map((finding): Finding => {
      if (!open(finding)) return finding;
      const earlier = before.get(finding.fingerprint);
      return { ...finding, baselineState: !earlier ? 'new' : earlier.status === finding.status ? 'unchanged' : 'updated' };
    }),
  }));
  const seen = new Set(current.map((result) => result.enterprise.creditCode));
  const now = new Set(current.flatMap((result) => result.findings.filter(open).map((finding) => finding.fingerprint)));
  const resolved = baseline
    .filter((result) => seen.has(result.enterprise.creditCode))
    .flatMap((result) => result.findings.filter((finding) => open(finding) && !now.has(finding.fingerprint)).map((finding) => ({ file: result.file, enterprise: result.enterprise.name, creditCode: result.enterprise.creditCode, finding })))
    // One order whatever the order of the runs: by file, then rule and item (merge sorts shards' lists the same way).
    .sort(byFileAndRule);
  return { enterprises, resolved };
}

export const byFileAndRule = (a: ResolvedFinding, b: ResolvedFinding): number =>
  a.file.localeCompare(b.file) || a.finding.ruleId.localeCompare(b.finding.ruleId) || (a.finding.item ?? '').localeCompare(b.finding.item ?? '') || a.finding.fingerprint.localeCompare(b.finding.fingerprint);
