import type { Assessment, Waiver } from '../input/index.js';
import { applyWaivers } from './apply-waivers.js';
import { toRuleContext, type CompiledRule, type RuleEnvironment, type RuleSet } from '../rules/index.js';
import { countUndecided, decideVerdict } from './decide-verdict.js';
import { evaluateRule, undecidedForColumn } from './evaluate-rule.js';
import { findAbsentColumn } from './find-absent-column.js';
import { listOpenHazards } from './list-open-hazards.js';
import { rollUpFiveInPlace, rollUpState } from './roll-up-five-in-place.js';
import { STATUSES, type EnterpriseResult, type EnterpriseSummary, type Finding, type Status, type Tally } from './types.js';

/** Rules that apply to an enterprise: the general pack's, and those of every sector it declares. */
export function selectRules(rules: readonly CompiledRule[], sectors: readonly string[]): CompiledRule[] {
  return rules.filter((rule) => rule.pack.sector === 'general' || sectors.includes(rule.pack.sector));
}

/**
 * Check one assessment: findings in rule order (waivers in force applied), the five-in-place roll-up and
 * the verdict. Pure: the audit date is the one the rules were compiled for.
 */
export function evaluate(
  assessment: Assessment,
  rules: readonly CompiledRule[] | Pick<RuleSet, 'rulesFor'>,
  ruleEnv: RuleEnvironment,
  waivers: readonly Waiver[] = [],
  { keepPasses = false }: EvaluateOptions = {},
): EnterpriseResult {
  const enterprise = summarise(assessment.data);
  const target = { context: toRuleContext(ruleEnv, assessment.data), sourceMap: assessment.sourceMap, creditCode: enterprise.creditCode, lets: new Map(), countPasses: !keepPasses };
  const sections = new Set(Object.keys(ruleEnv.schema.properties ?? {}));
  const absent = assessment.absentColumns ?? [];
  const applicable = 'rulesFor' in rules ? rules.rulesFor(enterprise.sectors) : selectRules(rules, enterprise.sectors);
  const evaluated = applicable.flatMap((rule) => {
    const findings = evaluateRule(rule, target);
    const column = findAbsentColumn(rule, absent, sections);
    if (!column) return findings;
    // What `when` ruled out without the column stays not applicable; the rest rests on the missing column: one
    // undecided finding for the rule, at the ledger's header, naming the column to add.
    const decidesApplicability = findAbsentColumn(rule, absent, sections, rule.whenReads) !== undefined;
    const kept = decidesApplicability ? [] : findings.filter((finding) => finding.status === 'not-applicable');
    return kept.length === findings.length ? kept : [...kept, undecidedForColumn(rule, target, column)];
  });
  const findings = applyWaivers(evaluated, waivers, enterprise.creditCode, ruleEnv.asOf);
  const fiveInPlace = rollUpFiveInPlace(findings);
  return {
    file: assessment.file,
    enterprise,
    findings: keepPasses ? findings : findings.filter((finding) => !PASSING.has(finding.status)),
    tally: tallyFindings(findings),
    fiveInPlace,
    allInPlace: fiveInPlace.every((dimension) => dimension.inPlace),
    fiveInPlaceState: rollUpState(fiveInPlace),
    verdict: decideVerdict(findings),
    undecided: countUndecided(findings),
    warnings: assessment.warnings ?? [],
    openHazards: listOpenHazards(assessment.data, assessment.sourceMap),
  };
}

export interface EvaluateOptions {
  /** Keep passes and not-applicable results as findings (`--include-passes`); otherwise they are only counted. */
  keepPasses?: boolean;
}

const PASSING: ReadonlySet<Status> = new Set(['pass', 'not-applicable']);

/** Per rule, in rule order: its findings counted by status. */
function tallyFindings(findings: readonly Finding[]): Record<string, Tally> {
  const tally: Record<string, Tally> = {};
  for (const finding of findings) (tally[finding.ruleId] ??= emptyTally())[finding.status] += 1;
  return tally;
}

const ZERO_TALLY = Object.fromEntries(STATUSES.map((status) => [status, 0])) as Tally;
/** Every status at zero, in status order: a copy of one made once (it is made for every rule of every enterprise). */
export const emptyTally = (): Tally => ({ ...ZERO_TALLY });

function summarise(data: Record<string, unknown>): EnterpriseSummary {
  const enterprise = (data.enterprise ?? {}) as Record<string, unknown>;
  const assessment = (data.assessment ?? {}) as Record<string, unknown>;
  const principal = ((data.responsibility as Record<string, unknown> | undefined)?.principal ?? {}) as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  return {
    name: text(enterprise.name) ?? '',
    creditCode: text(enterprise.creditCode) ?? '',
    sectors: Array.isArray(enterprise.sectors) ? enterprise.sectors.map(String) : [],
    ...(text(enterprise.region) ? { region: text(enterprise.region) } : {}),
    ...(text(assessment.date) ? { assessmentDate: text(assessment.date) } : {}),
    ...(text(assessment.assessor) ? { assessor: text(assessment.assessor) } : {}),
    ...(text(principal.name) ? { principal: text(principal.name) } : {}),
  };
}
