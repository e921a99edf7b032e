import { beforeAll, describe, expect, it } from 'vitest';
import { chooseRules } from '../../src/cli/adjust-rules.js';
import { bundledPackFiles } from '../../src/cli/package-info.js';
import { loadRuleSet, type RuleSet } from '../../src/rules/index.js';

let all: RuleSet;
beforeAll(async () => {
  const { ruleSet } = await loadRuleSet(bundledPackFiles(), '2026-11-20');
  all = ruleSet!;
}, 120_000);

describe('chooseRules', () => {
  it('given no choice, keeps every pack and rule', () => {
    const { ruleSet, adjustments, diagnostics } = chooseRules(all, { ruleSettings: [] });
    expect([ruleSet.packs.length, ruleSet.rules.length, adjustments, diagnostics]).toEqual([all.packs.length, all.rules.length, [], []]);
  });

  it('given packs, checks only their rules and names only them, though every pack was loaded', () => {
    const { ruleSet } = chooseRules(all, { packs: ['general', 'road-transport'], ruleSettings: [] });
    expect(ruleSet.packs.map((pack) => pack.pack)).toEqual(['general', 'road-transport']);
    expect(new Set(ruleSet.rules.map((rule) => rule.pack.id))).toEqual(new Set(['general', 'road-transport']));
    expect(ruleSet.editions.every((applied) => ['general', 'road-transport'].includes(applied.pack))).toBe(true);
  });

  it('given an override of a rule in a pack left out, refuses it as a rule not loaded', () => {
    const coalRule = all.rules.find((rule) => rule.pack.id === 'coal-mine' && rule.severity !== 'shutdown' && !rule.escalate)!;
    const location = { file: 'safety-audit.config.yaml', line: 9, column: 3 };
    const { diagnostics } = chooseRules(all, { packs: ['general'], ruleSettings: [{ kind: 'severity', ruleId: coalRule.id, severity: 'major', location }] });
    expect(diagnostics.map((d) => [d.code, d.location])).toEqual([['config-unknown-rule', location]]);
  });
});
