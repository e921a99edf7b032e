import type { Waiver } from '../input/index.js';
import type { Finding } from './types.js';

/** A waiver applies to a finding of its rule and enterprise (and item, when it names one). */
export const waiverMatches = (waiver: Waiver, finding: Finding, creditCode: string): boolean =>
  waiver.rule === finding.ruleId && waiver.enterprise === creditCode && (waiver.item === undefined || waiver.item === finding.item);

/** A waiver is in force until the end of its `expires` day. */
export const waiverInForce = (waiver: Waiver, asOf: string): boolean => waiver.expires >= asOf;

/**
 * Mark failed and indeterminate findings covered by a waiver in force as `waived`, keeping the waiver's
 * reason, approver and expiry on the finding: waived findings stay visible, never dropped. A finding at
 * shutdown level (a rule's own, or raised by `escalate`) is never waived: 一律停产整顿.
 */
export function applyWaivers(findings: readonly Finding[], waivers: readonly Waiver[], creditCode: string, asOf: string): Finding[] {
  const inForce = waivers.filter((waiver) => waiverInForce(waiver, asOf));
  return findings.map((finding) => {
    if (finding.status !== 'fail' && finding.status !== 'indeterminate') return finding;
    if (finding.severity === 'shutdown') return finding;
    const waiver = inForce.find((candidate) => waiverMatches(candidate, finding, creditCode));
    if (!waiver) return finding;
    return { ...finding, status: 'waived', waiver: { reason: waiver.reason, approvedBy: waiver.approvedBy, expires: waiver.expires, waivedStatus: finding.status } };
  });
}
