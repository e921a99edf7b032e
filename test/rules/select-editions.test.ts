import { describe, expect, it } from 'vitest';
import { translate } from '../../src/i18n/index.js';
import { buildRuleSet, loadPack } from '../../src/rules/index.js';

// A pack with two editions of one standard, a rule in both, one in each, one outside any edition, and two
// statutes of which one replaced the other (特别规定 → 条例).
const PACK = `pack: ed
version: "1"
title: {zh: 版本, en: Editions}
sector: general
sources:
  s2017: {zh: 判定标准（2017）, en: Criteria (2017)}
  s2022: {zh: 判定标准（2022）, en: Criteria (2022)}
  old: {zh: 特别规定, en: Special Provisions, until: "2024-04-30"}
  new: {zh: 条例, en: Regulations, from: "2024-05-01"}
editions:
  - {id: e2017, source: s2017, from: "2017-09-01", until: "2022-08-31"}
  - {id: e2022, source: s2022, from: "2022-09-01", until: "2025-10-31", replacedBy: {zh: 判定标准（2025）, en: Criteria (2025)}}
rules:
${['A:{e2017: 第1项, e2022: 一（一）1}', 'B:{e2017: 第2项}', 'C:{e2022: 一（一）2}', 'D:']
  .map((entry) => {
    const id = entry.slice(0, entry.indexOf(':'));
    const editions = entry.slice(entry.indexOf(':') + 1);
    return `  - id: T-${id}
    title: {zh: 规则${id}, en: Rule ${id}}
    severity: major
    dimension: management
    basis: ["old#第十条", "new#第六十四条"]
${editions ? `    editions: ${editions}\n` : ''}    assert: "true"
    message: {zh: 不合规, en: fails}
    remediation: {zh: 整改, en: Fix it}
    examples: {pass: [{/a: 1}], fail: [{/a: 2}]}`;
  })
  .join('\n')}
`;

const build = (asOf: string) => {
  const { value: pack, diagnostics } = loadPack(PACK, 'ed.yaml');
  expect(diagnostics).toEqual([]);
  return buildRuleSet([pack!], asOf).ruleSet!;
};
const cited = (asOf: string) => Object.fromEntries(build(asOf).rules.map((rule) => [rule.id, rule.sources.map((source) => source.text.zh)]));

describe('editions: the date decides the law', () => {
  it('given 2021-06-30, the 2017 edition decides: its rules, its item numbers, and the statute then in force', () => {
    expect(cited('2021-06-30')).toEqual({
      'T-A': ['判定标准（2017） 第1项', '特别规定 第十条'],
      'T-B': ['判定标准（2017） 第2项', '特别规定 第十条'],
      'T-D': ['特别规定 第十条'],
    });
  });

  it('given 2023-06-30, the 2022 edition decides; a duty in both editions is one rule citing its 2022 item', () => {
    expect(cited('2023-06-30')).toEqual({
      'T-A': ['判定标准（2022） 一（一）1', '特别规定 第十条'],
      'T-C': ['判定标准（2022） 一（一）2', '特别规定 第十条'],
      'T-D': ['特别规定 第十条'],
    });
  });

  it.each([
    ['2022-08-31', 'e2017'],
    ['2022-09-01', 'e2022'],
  ])('given the window edge %s, %s decides', (asOf, id) => {
    expect(build(asOf).editions).toEqual([{ pack: 'ed', editions: [expect.objectContaining({ id })] }]);
  });

  it.each([
    ['2024-04-30', '特别规定 第十条'],
    ['2024-05-01', '条例 第六十四条'],
  ])('given %s, cites only the statute in force: %s', (asOf, citation) => {
    expect(build(asOf).rules.find((rule) => rule.id === 'T-D')!.sources.map((source) => source.text.zh)).toEqual([citation]);
  });

  it('given a date after the last encoded edition ended, it still decides, and every rule and the run say so', () => {
    const ruleSet = build('2026-11-20');
    const [applied] = ruleSet.editions;
    expect(applied!.editions.map((edition) => edition.id)).toEqual(['e2022']);
    const notice = translate('zh', applied!.notice!);
    expect(notice).toBe('按 判定标准（2022） 判定；该标准已于 2025-11-01 被 判定标准（2025） 代替，尚未按新版复核');
    expect(ruleSet.rules.find((rule) => rule.id === 'T-A')!.edition).toEqual({ id: 'e2022', notice: applied!.notice });
    expect(ruleSet.rules.find((rule) => rule.id === 'T-D')!.edition).toBeUndefined();
  });

  it('given a date before the first edition, the first decides and says the text then in force is not encoded', () => {
    const [applied] = build('2016-01-01').editions;
    expect(translate('en', applied!.notice!)).toBe('judged by Criteria (2017); the audit date is before it took effect on 2017-09-01, and the text then in force is not encoded');
  });

  it('given a rule naming an undeclared edition, is a pack error at that edition', () => {
    const { diagnostics } = loadPack(PACK.replace('{e2017: 第2项}', '{e2019: 第2项}'), 'ed.yaml');
    expect(diagnostics.map((d) => [d.code, d.pointer])).toEqual([['pack-unknown-edition', '/rules/1/editions/e2019']]);
  });
});

describe('each article once', () => {
  it('given a rule whose basis quotes its edition item with the wording (a secondary copy), cites that item once, with the wording', () => {
    const pack = PACK.replace('  old: {zh: 特别规定', '  s2017s: {zh: 判定标准（2017）, en: Criteria (2017), confidence: S}\n  old: {zh: 特别规定')
      .replace('basis: ["old#第十条", "new#第六十四条"]\n    editions: {e2017: 第2项}', 'basis: ["s2017s#第2项（原文转述）", "old#第十条"]\n    editions: {e2017: 第2项}');
    const { value, diagnostics } = loadPack(pack, 'ed.yaml');
    expect(diagnostics).toEqual([]);
    const rule = buildRuleSet([value!], '2021-06-30').ruleSet!.rules.find((candidate) => candidate.id === 'T-B')!;
    expect(rule.sources.map((source) => source.text.zh)).toEqual(['判定标准（2017） 第2项（原文转述）', '特别规定 第十条']);
  });
});

describe('a text cited before it took effect', () => {
  it('given only a statute not yet in force on the date, cites it with the day it took effect', () => {
    const pack = PACK.replace('basis: ["old#第十条", "new#第六十四条"]\n    assert', 'basis: ["new#第六十四条"]\n    assert');
    const { value } = loadPack(pack, 'ed.yaml');
    const rule = buildRuleSet([value!], '2023-06-30').ruleSet!.rules.find((candidate) => candidate.id === 'T-D')!;
    expect(rule.sources).toEqual([expect.objectContaining({ text: expect.objectContaining({ zh: '条例 第六十四条' }), inForceFrom: '2024-05-01' })]);
    const later = buildRuleSet([value!], '2024-05-01').ruleSet!.rules.find((candidate) => candidate.id === 'T-D')!;
    expect(later.sources[0]).not.toHaveProperty('inForceFrom');
  });
});
