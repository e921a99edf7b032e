import type { RuleHeading } from '../rules/index.js';
import type { EnterpriseResult, RuleSummary } from './types.js';

/**
 * The rules a run checked, as reports name them: each rule that ran for at least one of the enterprises, once,
 * by id — the same list whether the run was whole or merged from shards.
 */
export function summariseRules(rules: readonly (RuleHeading | RuleSummary)[], enterprises: Iterable<EnterpriseResult> | { rulesRan: ReadonlySet<string> }): RuleSummary[] {
  const ran = 'rulesRan' in enterprises ? enterprises.rulesRan : rulesRan(enterprises);
  const byId = new Map<string, RuleSummary>();
  for (const rule of rules) {
    const summary = 'ruleId' in rule ? rule : toSummary(rule);
    if (ran.has(summary.ruleId) && !byId.has(summary.ruleId)) byId.set(summary.ruleId, summary);
  }
  return [...byId.values()].sort((a, b) => (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
}

function rulesRan(enterprises: Iterable<EnterpriseResult>): Set<string> {
  const ran = new Set<string>();
  for (const result of enterprises) for (const ruleId in result.tally) ran.add(ruleId);
  return ran;
}

const toSummary = ({ id, pack, title, severity, dimension, sources, remediation, edition }: RuleHeading): RuleSummary =>
  ({ ruleId: id, pack, title, severity, dimension, sources, remediation, ...(edition ? { edition } : {}) });
