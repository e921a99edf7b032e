import { overviewOf } from './util-overview.js';
import type { EnterpriseResult } from '../engine/index.js';
import type { EnterpriseList, PackSummary } from './types.js';

/**
 * The packs that applied to an enterprise and follow editions of a standard — the general pack and those of
 * the sectors it declares, as the engine chose its rules — each with the editions that decided the audit
 * date and, when none of them was in force on it, the notice.
 */
export function enterpriseEditions(result: EnterpriseResult, packs: readonly PackSummary[]): PackSummary[] {
  return packs.filter((pack) => pack.editions.length > 0 && (pack.sector === 'general' || result.enterprise.sectors.includes(pack.sector)));
}

/** The packs whose notice concerns this run: those that applied to at least one of its enterprises. */
export function noticesThatApply(run: { packs: readonly PackSummary[]; enterprises: EnterpriseList }): PackSummary[] {
  // As enterpriseEditions chooses: the general pack applies to every enterprise, a sector's to those declaring it.
  const { sectors } = overviewOf(run.enterprises);
  const applies = (pack: PackSummary) => pack.editions.length > 0 && (pack.sector === 'general' ? run.enterprises.length > 0 : sectors.has(pack.sector));
  return run.packs.filter((pack) => pack.notice && applies(pack));
}

/**
 * The packs that applied to at least one enterprise of the run, in the run's order: the general pack, those of
 * the sectors declared, and any other whose rules were checked.
 */
export function packsThatApply(run: { packs: readonly PackSummary[]; enterprises: EnterpriseList }): PackSummary[] {
  const { sectors, packsWithFindings } = overviewOf(run.enterprises);
  return run.packs.filter((pack) => pack.sector === 'general' || sectors.has(pack.sector) || packsWithFindings.has(pack.id));
}
