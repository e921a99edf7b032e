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
export function noticesThatApply(run: { packs: readonly PackSummary[]; enterprises: readonly EnterpriseResult[] }): PackSummary[] {
  const applied = new Set(run.enterprises.flatMap((result) => enterpriseEditions(result, run.packs)).map((pack) => pack.id));
  return run.packs.filter((pack) => pack.notice && applied.has(pack.id));
}
