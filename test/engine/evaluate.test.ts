import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/index.js';
import { parseYaml } from '../../src/input/index.js';
import { buildRuleSet, loadPack } from '../../src/rules/index.js';
import { packText, rule } from '../rules/pack-text.js';

const rules = [
  rule({ id: 'T-LIC', severity: 'shutdown', assert: 'daysUntil(management.licence.expiresOn) >= 0', zh: '许可证 ${management.licence.number} 于 ${management.licence.expiresOn} 到期' }),
  rule({ id: 'T-HZ', severity: 'major', each: 'hazards', when: 'it.level == "重大"', assert: 'it.status == "已整改"', at: 'it.status', zh: '重大隐患 ${it.id} 未整改' }),
  rule({ id: 'T-FEE', severity: 'general', dimension: 'investment', assert: 'investment.safetyFee.extracted >= 100.0' }),
];
const { value: pack } = loadPack(packText(...rules), 'p.yaml');
const { ruleSet } = buildRuleSet([pack!], '2026-11-20');

const assess = (yaml: string) => {
  const parsed = parseYaml(`enterprise: {name: 甲, creditCode: 91140100MA0K12340F, sectors: [], region: 山西, employees: 5}\n${yaml}`, 'a.yaml');
  return evaluate({ file: 'a.yaml', ...parsed.value! }, ruleSet!.rules, ruleSet!.ruleEnv, [], { keepPasses: true });
};
const statuses = (result: ReturnType<typeof assess>) => result.findings.map((f) => `${f.ruleId}${f.item ? `[${f.item}]` : ''}:${f.status}`);

describe('evaluate', () => {
  it('given data that satisfies every rule, passes each and says compliant', () => {
    const result = assess(`management: {licence: {number: L1, expiresOn: 2027-01-01}}
hazards:
  - {id: H-1, level: 重大, status: 已整改}
  - {id: H-2, level: 一般, status: 未整改}
investment: {safetyFee: {extracted: 100}}`);
    expect(statuses(result)).toEqual(['T-FEE:pass', 'T-HZ[H-1]:pass', 'T-HZ[H-2]:not-applicable', 'T-LIC:pass']);
    expect(result.verdict).toBe('compliant');
    expect(result.allInPlace).toBe(true);
  });

  it('given passes not asked for, counts them per rule and keeps only the problems', () => {
    const parsed = parseYaml(`enterprise: {name: 甲, creditCode: 91140100MA0K12340F, sectors: [], region: 山西, employees: 5}
management: {licence: {number: L1, expiresOn: 2027-01-01}}
hazards:
  - {id: H-1, level: 重大, status: 整改中}
  - {id: H-2, level: 一般, status: 未整改}
  - {id: H-3, level: 重大, status: 已整改}`, 'a.yaml');
    const result = evaluate({ file: 'a.yaml', ...parsed.value! }, ruleSet!.rules, ruleSet!.ruleEnv);
    expect(statuses(result)).toEqual(['T-FEE:indeterminate', 'T-HZ[H-1]:fail']);
    expect(result.tally).toEqual({
      'T-FEE': { pass: 0, fail: 0, 'not-applicable': 0, indeterminate: 1, waived: 0 },
      'T-HZ': { pass: 1, fail: 1, 'not-applicable': 1, indeterminate: 0, waived: 0 },
      'T-LIC': { pass: 1, fail: 0, 'not-applicable': 0, indeterminate: 0, waived: 0 },
    });
    expect(result.fiveInPlace.find((d) => d.dimension === 'management')?.counts).toMatchObject({ pass: 2, fail: 1, 'not-applicable': 1 });
    expect(result.verdict).toBe('major');
  });

  it('given an expired licence and an open major hazard, fails both with rendered messages and locations', () => {
    const result = assess(`management: {licence: {number: L1, expiresOn: 2026-11-19}}
hazards:
  - {id: H-1, level: 重大, status: 整改中}
investment: {safetyFee: {extracted: 50}}`);
    expect(statuses(result)).toEqual(['T-FEE:fail', 'T-HZ[H-1]:fail', 'T-LIC:fail']);
    const [fee, hazard, licence] = result.findings;
    expect(licence).toMatchObject({ message: { zh: '许可证 L1 于 2026-11-19 到期' }, pointer: '/management/licence/expiresOn', location: { line: 2, column: 36 } });
    expect(hazard).toMatchObject({ message: { zh: '重大隐患 H-1 未整改' }, pointer: '/hazards/0/status', location: { line: 4, column: 26 } });
    expect(fee?.pointer).toBe('/investment/safetyFee/extracted');
    expect(result.verdict).toBe('shutdown');
  });

  it('given missing data, is indeterminate (never a pass), the dimension undecided and the verdict incomplete', () => {
    const result = assess('hazards: []');
    expect(statuses(result)).toEqual(['T-FEE:indeterminate', 'T-HZ:not-applicable', 'T-LIC:indeterminate']);
    expect(result.findings[0]?.reason).toEqual({ key: 'reason-missing', params: { path: 'investment' } });
    expect(result.fiveInPlace.find((d) => d.dimension === 'investment')).toMatchObject({ inPlace: false, state: 'undecided' });
    expect(result).toMatchObject({ verdict: 'incomplete', undecided: 2, fiveInPlaceState: 'undecided', allInPlace: false });
  });

  it('given a shutdown failure and undecided rules, the shutdown verdict stands with the undecided count beside it', () => {
    const result = assess('management: {licence: {number: L1, expiresOn: 2026-01-01}}\nhazards: []');
    expect(result).toMatchObject({ verdict: 'shutdown', undecided: 1 });
    expect(result.fiveInPlace.find((d) => d.dimension === 'management')?.state).toBe('gap');
    expect(result.fiveInPlace.find((d) => d.dimension === 'investment')?.state).toBe('undecided');
    expect(result.fiveInPlaceState).toBe('gap');
  });

  it('given no list for an each rule, is indeterminate and points where the list belongs', () => {
    const result = assess('investment: {safetyFee: {extracted: 100}}');
    expect(result.findings.find((f) => f.ruleId === 'T-HZ')).toMatchObject({ status: 'indeterminate', pointer: '/hazards' });
  });

  it('given the same input twice, gives the same fingerprints; a different item gives a different one', () => {
    const yaml = 'hazards:\n  - {id: H-1, level: 重大, status: 整改中}\n  - {id: H-2, level: 重大, status: 整改中}';
    const [a, b] = [assess(yaml), assess(yaml)].map((r) => r.findings.filter((f) => f.ruleId === 'T-HZ').map((f) => f.fingerprint));
    expect(a).toEqual(b);
    expect(new Set(a).size).toBe(2);
  });
});

describe('evaluate with pack let definitions', () => {
  const text = packText(
    rule({ id: 'T-LET', when: 'highRisk', assert: 'feeMonths >= 0' }),
  ).replace('rules:', 'let:\n  highRisk: enterprise.employees > 3\n  feeMonths: monthsSince(string(investment.safetyFee.year) + "-01-01")\nrules:');
  const { value } = loadPack(text, 'p.yaml');
  const { ruleSet: letRules } = buildRuleSet([value!], '2026-11-20');
  const check = (yaml: string) => {
    const parsed = parseYaml(`enterprise: {name: 甲, creditCode: 91140100MA0K12340F, sectors: [], region: 山西, employees: 5}\n${yaml}`, 'a.yaml');
    return evaluate({ file: 'a.yaml', ...parsed.value! }, letRules!.rules, letRules!.ruleEnv, [], { keepPasses: true }).findings[0];
  };

  it('given the data a let needs, the rule reads its value', () => {
    expect(check('investment: {safetyFee: {year: 2026}}')?.status).toBe('pass');
  });

  it('given a let whose data is missing, the rule is indeterminate and says which data', () => {
    expect(check('hazards: []')).toMatchObject({ status: 'indeterminate', reason: { key: 'reason-missing', params: { path: 'investment' } } });
  });
});

describe('evaluate: escalate', () => {
  const escalating = [
    rule({
      id: 'T-GAS', severity: 'major', assert: 'investment.safetyFee.extracted >= 100.0',
      escalate: '[{severity: shutdown, when: "management.licence.number == \\"P\\"", basis: ["stop#第六十四条"]}]',
    }),
  ];
  const withStop = (text: string) =>
    text.replace('  law: {zh: 某法, en: Some law}', '  law: {zh: 某法, en: Some law}\n  stop: {zh: 某条例, en: Some regulation, confidence: U, note: {zh: 原文未见, en: original text not seen}}');
  const { value: escalatingPack } = loadPack(withStop(packText(...escalating)), 'e.yaml');
  const built = buildRuleSet([escalatingPack!], '2026-11-20');
  const check = (number: string, extracted: number) => {
    const parsed = parseYaml(`enterprise: {name: 甲, creditCode: 91140100MA0K12340F, sectors: [], region: 山西, employees: 5}
management: {licence: {number: ${number}, expiresOn: 2027-01-01}}
investment: {safetyFee: {extracted: ${extracted}}}`, 'a.yaml');
    return evaluate({ file: 'a.yaml', ...parsed.value! }, built.ruleSet!.rules, built.ruleSet!.ruleEnv, [], { keepPasses: true }).findings[0]!;
  };

  it('given the escalation condition holds, the finding takes the higher severity and adds its citation', () => {
    const finding = check('P', 50);
    expect(finding).toMatchObject({ status: 'fail', severity: 'shutdown' });
    expect(finding.sources.map((source) => source.text.zh)).toEqual(['某法 第一条', '某条例 第六十四条']);
    expect(finding.sources[1]).toMatchObject({ confidence: 'U', note: { zh: '原文未见' } });
  });

  it('given the condition does not hold, keeps the rule severity and its own citations', () => {
    expect(check('Q', 50)).toMatchObject({ status: 'fail', severity: 'major', sources: [{ source: 'law' }] });
  });

  it('given a passing rule, still reports the severity that would apply', () => {
    expect(check('P', 100)).toMatchObject({ status: 'pass', severity: 'shutdown' });
  });

  it('given an escalation to a severity not above the rule, is a pack error naming the rule', () => {
    const { value: bad } = loadPack(withStop(packText(rule({ id: 'T-LOW', severity: 'major', assert: 'true', escalate: '[{severity: general, when: "true"}]' }))), 'e.yaml');
    const { diagnostics } = buildRuleSet([bad!], '2026-11-20');
    expect(diagnostics.map((d) => d.code)).toEqual(['pack-escalate-lower']);
  });

  it('given an escalation citing an unknown source, is a pack error at the basis', () => {
    const { diagnostics } = loadPack(packText(rule({ id: 'T-SRC', severity: 'major', assert: 'true', escalate: '[{severity: shutdown, when: "true", basis: ["nope#1"]}]' })), 'e.yaml');
    expect(diagnostics.map((d) => [d.code, d.pointer])).toEqual([['pack-unknown-source', '/rules/0/escalate/0/basis/0']]);
  });
});
