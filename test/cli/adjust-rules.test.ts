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

  it('given settings, each sector\'s rules and headings are the whole set\'s adjusted, and a shutdown rule escalated in its spec is still refused', () => {
    const lowered = all.rules.find((rule) => rule.pack.id === 'road-transport' && rule.severity === 'major' && !rule.escalate)!;
    const dropped = all.rules.find((rule) => rule.pack.id === 'general' && rule.severity === 'general')!;
    const escalated = all.rules.find((rule) => rule.severity !== 'shutdown' && rule.escalate?.some((step) => step.severity === 'shutdown'))!;
    const settings = [
      { kind: 'severity', ruleId: lowered.id, severity: 'general' },
      { kind: 'disabled', ruleId: dropped.id, reason: '集团另有专项检查' },
    ] as const;
    const { ruleSet, adjustments, diagnostics } = chooseRules(all, { packs: ['general', 'road-transport', 'coal-mine'], ruleSettings: [...settings] });
    expect(diagnostics).toEqual([]);
    expect(adjustments.map((adjustment) => adjustment.kind)).toEqual(['severity', 'disabled']);
    for (const sectors of [[], ['road-transport'], ['coal-mine', 'road-transport'], ['hazardous-chemicals']]) {
      const whole = ruleSet.rules.filter((rule) => rule.pack.sector === 'general' || sectors.includes(rule.pack.sector));
      expect(ruleSet.rulesFor(sectors)).toEqual(whole);
      expect(ruleSet.headingsFor(sectors).map((heading) => [heading.id, heading.severity])).toEqual(whole.map((rule) => [rule.id, rule.severity]));
    }
    expect(ruleSet.rulesFor(['road-transport']).find((rule) => rule.id === lowered.id)?.severity).toBe('general');
    expect(ruleSet.rules.map((rule) => rule.id)).not.toContain(dropped.id);
    expect(new Set(ruleSet.rules.map((rule) => rule.pack.id))).toEqual(new Set(['general', 'road-transport', 'coal-mine']));
    const refused = chooseRules(all, { ruleSettings: [{ kind: 'disabled', ruleId: escalated.id, reason: '—' }] });
    expect(refused.diagnostics.map((d) => d.code)).toEqual(['config-disable-shutdown']);
  });

  it('given an override of a rule in a pack left out, refuses it as a rule not loaded', () => {
    const coalRule = all.rules.find((rule) => rule.pack.id === 'coal-mine' && rule.severity !== 'shutdown' && !rule.escalate)!;
    const location = { file: 'safety-audit.config.yaml', line: 9, column: 3 };
    const { diagnostics } = chooseRules(all, { packs: ['general'], ruleSettings: [{ kind: 'severity', ruleId: coalRule.id, severity: 'major', location }] });
    expect(diagnostics.map((d) => [d.code, d.location])).toEqual([['config-unknown-rule', location]]);
  });
});
