import { describe, expect, it } from 'vitest';
import { buildRuleSet, loadPack } from '../../src/rules/index.js';
import { packText, rule } from './pack-text.js';

const compile = (...rules: string[]) => {
  const { value, diagnostics } = loadPack(packText(...rules), 'p.yaml');
  if (!value) throw new Error(JSON.stringify(diagnostics));
  return buildRuleSet([value], '2026-11-20');
};

describe('compilePack', () => {
  it('given expressions that match the assessment schema, compiles every rule', () => {
    const { ruleSet, diagnostics } = compile(
      rule({ id: 'T-001', each: 'hazards', when: 'it.level == "重大"', assert: 'has(it.reportedToRegulator)', at: 'it.reportedToRegulator' }),
      rule({ id: 'T-002', assert: 'daysUntil(management.licence.expiresOn) >= 0', zh: '许可证 ${management.licence.number} 已过期' }),
    );
    expect(diagnostics).toEqual([]);
    expect(ruleSet?.rules.map((r) => r.id)).toEqual(['T-001', 'T-002']);
    expect(ruleSet?.rules[1]?.at).toEqual(['management', 'licence', 'expiresOn']);
  });

  it.each([
    ['a misspelt field in assert', { assert: 'management.license.expiresOn == "x"' }, 'cel-type-error', 'assert', /licen/],
    ['a misspelt field on a list item', { each: 'hazards', assert: 'it.dealine == ""' }, 'cel-type-error', 'assert', /dealine/],
    ['an each path that is not a list', { each: 'enterprise.name', assert: 'true' }, 'cel-type-error', 'each', /not a list/],
    ['a syntax error', { assert: 'hazards.size( > 1' }, 'cel-syntax', 'assert', /./],
    ['an assert that is not true/false', { assert: 'hazards.size()' }, 'cel-not-boolean', 'assert', /int/],
    ['a misspelt field in a message', { assert: 'true', zh: '${enterprise.nmae}' }, 'cel-type-error', 'message/zh', /nmae/],
    ['an unknown function', { assert: 'daysAgo("2021-01-01") > 1' }, 'cel-type-error', 'assert', /daysAgo/],
  ])('given %s, fails to load naming the rule and the field', (_name, fields, code, field, detail) => {
    const { ruleSet, diagnostics } = compile(rule(fields as Record<string, string>));
    expect(ruleSet).toBeUndefined();
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code, pointer: `/rules/0/${field}`, message: { params: { rule: 'T-001', field } } });
    expect(String(diagnostics[0]?.message.params?.detail)).toMatch(detail);
    expect(diagnostics[0]?.location?.file).toBe('p.yaml');
  });
});

describe('pack let definitions', () => {
  const withLets = (lets: string, ...rules: string[]) => {
    const text = packText(...rules).replace('rules:', `let:\n${lets}\nrules:`);
    const { value, diagnostics } = loadPack(text, 'p.yaml');
    if (!value) throw new Error(JSON.stringify(diagnostics));
    return buildRuleSet([value], '2026-11-20');
  };

  it('given a let used by a rule and by a later let, compiles both with their types', () => {
    const { diagnostics } = withLets(
      '  highRisk: enterprise.sectors.exists(s, s in ["coal-mine", "construction"])\n  strict: highRisk && enterprise.employees > 100',
      rule({ assert: 'strict ? size(hazards) > 0 : true' }),
    );
    expect(diagnostics).toEqual([]);
  });

  it('given a let with a misspelt field, fails to load and points at the let', () => {
    const { diagnostics } = withLets('  highRisk: enterprise.sector.size() > 0', rule({ assert: 'highRisk' }));
    expect(diagnostics).toMatchObject([{ code: 'cel-type-error', pointer: '/let/highRisk', location: { file: 'p.yaml', line: 8 } }]);
  });

  it('given a let that shadows a section, refuses it', () => {
    const { diagnostics } = withLets('  hazards: "x"', rule({ assert: 'true' }));
    expect(diagnostics[0]?.message.params?.detail).toMatch(/already defined/);
  });
});
