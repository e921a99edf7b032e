import type { PackSummary } from '../report/index.js';
import { countRulesInForce, type RuleSet } from '../rules/index.js';

/** Each loaded pack as the reports name it: its rules in force on the audit date and the editions deciding it. */
export function summarisePacks(ruleSet: RuleSet): PackSummary[] {
  return ruleSet.packs.map((pack) => {
    const applied = ruleSet.editions.find((candidate) => candidate.pack === pack.pack);
    return {
      id: pack.pack,
      version: pack.version,
      sector: pack.sector,
      title: pack.title,
      ...(pack.origin ? { origin: pack.origin } : {}),
      rules: countRulesInForce(pack, applied),
      editions: (applied?.editions ?? []).map((edition) => {
        const source = pack.sources[edition.source]!;
        return { id: edition.id, citation: { zh: source.zh, en: source.en }, ...(edition.from ? { from: edition.from } : {}), ...(edition.until ? { until: edition.until } : {}) };
      }),
      ...(applied?.notice ? { notice: applied.notice } : {}),
    };
  });
}
