import { overviewOf } from './util-overview.js';
import type { EnterpriseResult } from '../engine/index.js';
import type { EnterpriseList, PackSummary } from './types.js';

/**
 * The packs that applied to an enterprise and follow editions of a standard — the general pack and those of
 * the sectors it declares, as the engine chose its rules — each with the editions that decided the audit
 * date and, when none of them was in force on it, the notice.
 */
export function enterpriseEditions(result: EnterpriseResult, packs: readonly PackSummary[]): PackSummary[] {
  return packs.filter((pack) => editionsApply(pack, (sector) => result.enterprise.sectors.includes(sector)));
}

/** A pack with editions applies to every enterprise when it is the general pack, else to those declaring its sector. */
const editionsApply = (pack: PackSummary, declared: (sector: string) => boolean): boolean =>
  pack.editions.length > 0 && (pack.sector === 'general' || declared(pack.sector));

/** The packs whose notice concerns this run: those that applied to at least one of its enterprises. */
export function noticesThatApply(run: { packs: readonly PackSummary[]; enterprises: EnterpriseList }): PackSummary[] {
  const { sectors } = overviewOf(run.enterprises);
  return run.enterprises.length ? run.packs.filter((pack) => pack.notice && editionsApply(pack, (sector) => sectors.has(sector))) : [];
}

/**
 * The packs that applied to at least one enterprise of the run, in the run's order: the general pack, those of
 * the sectors declared, and any other whose rules were checked.
 */
export function packsThatApply(run: { packs: readonly PackSummary[]; enterprises: EnterpriseList }): PackSummary[] {
  const { sectors, packsWithFindings } = overviewOf(run.enterprises);
  return run.packs.filter((pack) => pack.sector === 'general' || sectors.has(pack.sector) || packsWithFindings.has(pack.id));
}
