import type { EnterpriseResult, Verdict } from '../engine/index.js';
import type { Severity } from '../rules/index.js';
import type { EnterpriseList } from './types.js';

/**
 * What a run's reports say of all its enterprises at once — verdicts counted, the sectors declared, the rules
 * that ran, the packs with findings — gathered as the enterprises are checked, so a report of thousands does
 * not read them all again for each figure.
 */
export interface RunOverview {
  verdicts: Record<Verdict, number>;
  sectors: Set<string>;
  rulesRan: Set<string>;
  packsWithFindings: Set<string>;
  /** A shutdown-level rule failed somewhere (exit 3). */
  shutdownFailed: boolean;
  /** The severities of the failed and undecided findings, and of those new or changed since the baseline. */
  openSeverities: Set<Severity>;
  newOpenSeverities: Set<Severity>;
}

export const emptyOverview = (): RunOverview => ({
  verdicts: { shutdown: 0, major: 0, incomplete: 0, rectify: 0, compliant: 0 },
  sectors: new Set(),
  rulesRan: new Set(),
  packsWithFindings: new Set(),
  shutdownFailed: false,
  openSeverities: new Set(),
  newOpenSeverities: new Set(),
});

export function addToOverview(overview: RunOverview, result: EnterpriseResult): void {
  addDigest(overview, digestOf(result));
}

/** One enterprise's part of the overview, small enough to keep beside its cached result. */
export interface EnterpriseDigest {
  verdict: Verdict;
  sectors: string[];
  rulesRan: string[];
  packsWithFindings: string[];
  shutdownFailed: boolean;
  openSeverities: Severity[];
  newOpenSeverities: Severity[];
}

export function digestOf(result: EnterpriseResult): EnterpriseDigest {
  const packs = new Set<string>();
  const open = new Set<Severity>();
  const newOpen = new Set<Severity>();
  let shutdownFailed = false;
  for (const finding of result.findings) {
    packs.add(finding.pack.id);
    if (finding.status !== 'fail' && finding.status !== 'indeterminate') continue;
    shutdownFailed ||= finding.status === 'fail' && finding.severity === 'shutdown';
    open.add(finding.severity);
    if (finding.baselineState === 'new' || finding.baselineState === 'updated') newOpen.add(finding.severity);
  }
  return {
    verdict: result.verdict, sectors: result.enterprise.sectors, rulesRan: Object.keys(result.tally), packsWithFindings: [...packs],
    shutdownFailed, openSeverities: [...open], newOpenSeverities: [...newOpen],
  };
}

export function addDigest(overview: RunOverview, digest: EnterpriseDigest): void {
  overview.verdicts[digest.verdict] += 1;
  for (const sector of digest.sectors) overview.sectors.add(sector);
  for (const ruleId of digest.rulesRan) overview.rulesRan.add(ruleId);
  for (const pack of digest.packsWithFindings) overview.packsWithFindings.add(pack);
  overview.shutdownFailed ||= digest.shutdownFailed;
  for (const severity of digest.openSeverities) overview.openSeverities.add(severity);
  for (const severity of digest.newOpenSeverities) overview.newOpenSeverities.add(severity);
}

/** The list's overview: kept beside it where it was gathered as the enterprises came, else gathered now. */
export function overviewOf(list: EnterpriseList): RunOverview {
  if (list.overview) return list.overview;
  const overview = emptyOverview();
  for (const result of list) addToOverview(overview, result);
  return overview;
}
