// The rows of the four lists (四个清单): each failed check (not waived, above advisory) and each open entry of
// an enterprise's hazard ledger is one problem; which of them are listed for supervision or accountability.
import type { EnterpriseResult, Finding, LedgerHazard } from '../engine/index.js';

/**
 * One problem or hazard: a failed finding, or a ledger entry not closed with the failed findings about it (a
 * check on its deadline or its report points into the entry), so a hazard is one row however many checks it fails.
 */
export type ListItem =
  | { result: EnterpriseResult; finding: Finding; hazard?: undefined; about?: undefined }
  | { result: EnterpriseResult; hazard: LedgerHazard; about: Finding[]; finding?: undefined };

const MAJOR_LEVEL = '重大';

const within = (pointer: string, parent: string) => pointer === parent || pointer.startsWith(`${parent}/`);

/** Every open problem of the run, per enterprise: its failed findings in rule order, then its ledger in order. */
export const listItems = (enterprises: readonly EnterpriseResult[]): ListItem[] =>
  enterprises.flatMap((result) => {
    const failed = result.findings.filter((finding) => finding.status === 'fail' && finding.severity !== 'advisory');
    const hazards = result.openHazards.map((hazard) => ({ result, hazard, about: failed.filter((finding) => within(finding.pointer, hazard.pointer)) }));
    const attached = new Set(hazards.flatMap((item) => item.about));
    return [...failed.filter((finding) => !attached.has(finding)).map((finding) => ({ result, finding })), ...hazards];
  });

/** The findings an item stands for: itself, or those about the ledger entry. */
export const itemFindings = (item: ListItem): Finding[] => (item.finding ? [item.finding] : item.about);

/** Days a ledger hazard is past its deadline on the audit date; 0 when it is not (or has no deadline). */
export function daysOverdue(hazard: LedgerHazard, asOf: string): number {
  if (!hazard.deadline || hazard.deadline >= asOf) return 0;
  return Math.round((Date.parse(asOf) - Date.parse(hazard.deadline)) / 86_400_000);
}

const isMajorHazard = (hazard: LedgerHazard) => hazard.level === MAJOR_LEVEL;

export type ListReason = 'shutdown' | 'major' | 'overdue' | 'unreported' | 'persisting';

/** Why an item is on the 挂牌督办 list: a shutdown-level or major finding; a major hazard overdue or not reported. */
export function supervisionReasons(item: ListItem, asOf: string): ListReason[] {
  const severities = new Set(itemFindings(item).map((finding) => finding.severity));
  const reasons: ListReason[] = (['shutdown', 'major'] as const).filter((severity) => severities.has(severity));
  if (!item.hazard || !isMajorHazard(item.hazard)) return reasons;
  return [...reasons, ...(daysOverdue(item.hazard, asOf) > 0 ? ['overdue' as const] : []), ...(item.hazard.reportedToRegulator ? [] : ['unreported' as const])];
}

/** Why an item is on the 追责问责 list: a major hazard past its deadline; a finding still open since the baseline. */
export function accountabilityReasons(item: ListItem, asOf: string): ListReason[] {
  const overdue = item.hazard && isMajorHazard(item.hazard) && daysOverdue(item.hazard, asOf) > 0;
  return [...(overdue ? ['overdue' as const] : []), ...(itemFindings(item).some(isPersisting) ? ['persisting' as const] : [])];
}

/** Failed in the baseline too (with the same or another status then). */
export const isPersisting = (finding: Finding): boolean => finding.baselineState === 'unchanged' || finding.baselineState === 'updated';

/** The earliest run a problem was seen open in, when compared with a baseline. */
export const firstSeenOf = (item: ListItem): string | undefined =>
  itemFindings(item).map((finding) => finding.firstSeen).filter((date): date is string => date !== undefined).sort()[0];

/**
 * The runs in a row that had a finding open: this one and each earlier run in the enterprise's history since
 * it was first seen (a finding gone in between is new again, so the line is unbroken). Undefined without a baseline.
 */
export function consecutiveRuns(item: ListItem): number | undefined {
  const firstSeen = firstSeenOf(item);
  if (!firstSeen) return undefined;
  return 1 + (item.result.history ?? []).filter((record) => record.asOf >= firstSeen).length;
}
