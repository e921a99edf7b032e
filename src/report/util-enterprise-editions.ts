import type { EnterpriseResult } from '../engine/index.js';
import type { PackSummary } from './types.js';

/**
 * The packs that applied to an enterprise and follow editions of a standard — the general pack and those of
 * the sectors it declares, as the engine chose its rules — each with the editions that decided the audit
 * date and, when none of them was in force on it, the notice.
 */
export function enterpriseEditions(result: EnterpriseResult, packs: readonly PackSummary[]): PackSummary[] {
  return packs.filter((pack) => pack.editions.length > 0 && (pack.sector === 'general' || result.enterprise.sectors.includes(pack.sector)));
}

/** The packs whose notice concerns this run: those that applied to at least one of its enterprises. */
export function noticesThatApply(run: { packs: readonly PackSummary[]; enterprises: Iterable<EnterpriseResult> }): PackSummary[] {
  const applied = new Set<string>();
  for (const result of run.enterprises) for (const pack of enterpriseEditions(result, run.packs)) applied.add(pack.id);
  return run.packs.filter((pack) => pack.notice && applied.has(pack.id));
}

/**
 * The packs that applied to at least one enterprise of the run, in the run's order: the general pack, those of
 * the sectors declared, and any other whose rules were checked.
 */
export function packsThatApply(run: { packs: readonly PackSummary[]; enterprises: Iterable<EnterpriseResult> }): PackSummary[] {
  const sectors = new Set(['general']);
  const checked = new Set<string>();
  for (const result of run.enterprises) {
    for (const sector of result.enterprise.sectors) sectors.add(sector);
    for (const finding of result.findings) checked.add(finding.pack.id);
  }
  return run.packs.filter((pack) => sectors.has(pack.sector) || checked.has(pack.id));
}
