// A coal fixture audited on a date, and one rule of the coal pack run over it with a patch: what the coal
// edition tests share.
import { join } from 'node:path';
import { applyPatch, evaluateRule, type Finding } from '../../src/engine/index.js';
import { loadAssessment, type Assessment } from '../../src/input/index.js';
import { loadRuleSet, toRuleContext, type CompiledRule, type Patch, type RuleSet } from '../../src/rules/index.js';
import { bundledPackFiles } from '../../src/cli/package-info.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'coal-mine');

export interface Audit {
  ruleSet: RuleSet;
  fixture: Assessment;
  rule: (id: string) => CompiledRule | undefined;
}

export async function audit(asOf: string, file = 'compliant.yaml'): Promise<Audit> {
  const { ruleSet } = await loadRuleSet(bundledPackFiles(), asOf);
  const fixture = (await loadAssessment(join(FIXTURES, file), ruleSet!)).value!;
  const coal = ruleSet!.rules.filter((rule) => rule.pack.id === 'coal-mine');
  return { ruleSet: ruleSet!, fixture, rule: (id) => coal.find((candidate) => candidate.id === id) };
}

export function run(at: Audit, id: string, patch: Patch): Finding[] {
  const rule = at.rule(id);
  if (!rule) throw new Error(`${id} is not in force`);
  const data = applyPatch(at.fixture.data, patch);
  return evaluateRule(rule, { context: toRuleContext(at.ruleSet.ruleEnv, data), sourceMap: at.fixture.sourceMap, creditCode: '' });
}

export const failing = (at: Audit, id: string, patch: Patch) => run(at, id, patch).filter((finding) => finding.status === 'fail');
export const statuses = (at: Audit, id: string, patch: Patch) => [...new Set(run(at, id, patch).map((finding) => finding.status))];
export const cited = (finding: Finding) => finding.sources.map((source) => source.text.zh).join(' | ');
