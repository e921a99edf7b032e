// The coal pack follows the law in force on the audit date (rules/README.md, "Editions"): 煤矿重大事故隐患判定标准
// 应急管理部令第4号 (edition mz2020) decides 2021-01-01 … 2026-06-30 and 应急管理部令第21号 (mz2026) from 2026-07-01;
// the 特别规定 (tb2005) is cited until 2024-04-30 and 煤矿安全生产条例 (tl2024) from 2024-05-01; 矿安〔2023〕125号
// ends with 令第4号.
import { describe, expect, it } from 'vitest';
import { applyPatch, evaluateRule } from '../../src/engine/index.js';
import { toRuleContext, type CompiledRule, type Patch } from '../../src/rules/index.js';
import { audit, cited, failing, run, statuses, type Audit } from './coal-audit.js';

const AIR_SHORT = { '/coalMine/ventilation/airMeasured': 16000 };

describe('coal pack editions: 令第4号 (mz2020)', async () => {
  const lastDay = await audit('2026-06-30');
  const earlier = await audit('2020-12-31');

  it('declares mz2020 from 2021-01-01 until 2026-06-30, replaced by 令第21号, with its own compliant fixture', () => {
    const pack = lastDay.ruleSet.packs.find((candidate) => candidate.pack === 'coal-mine')!;
    const mz2020 = pack.editions!.find((edition) => edition.id === 'mz2020')!;
    expect(mz2020).toMatchObject({ source: 'mz2020', from: '2021-01-01', until: '2026-06-30' });
    expect(mz2020.fixture).toMatch(/fixtures\/coal-mine\/compliant-2025\.yaml$/);
    expect(mz2020.replacedBy!.zh).toContain('应急管理部令第21号');
    expect(pack.sources.ka2023!.until).toBe('2026-06-30');
    expect(pack.sources.mz2020c!.until).toBe('2026-06-30');
    expect(pack.sources.tb2005!.until).toBe('2024-04-30');
    expect(pack.sources.tl2024!.from).toBe('2024-05-01');
  });

  it('every rule of the standard names its 令第4号 or 令第21号 item; the statutory duties beside it run in every edition', () => {
    const pack = lastDay.ruleSet.packs.find((candidate) => candidate.pack === 'coal-mine')!;
    const withoutEdition = pack.rules.filter((rule) => !rule.editions).map((rule) => rule.id);
    expect(withoutEdition).toEqual(['COAL-201', 'COAL-202', 'COAL-203', 'COAL-204', 'COAL-205', 'COAL-206']);
    // Rules naming 令第21号 alone are the new tests of that edition (COAL-301 onwards).
    const newOnly = pack.rules.filter((rule) => rule.editions && !rule.editions.mz2020).map((rule) => rule.id);
    expect(newOnly.filter((id) => Number(id.slice(5)) < 301)).toEqual([]);
    expect(pack.rules.some((rule) => rule.basis.some((entry) => entry.startsWith('mz2020#') || entry.startsWith('mz2026#')))).toBe(false);
  });

  it('on 2026-06-30 a finding cites its 令第4号 item, with no notice', () => {
    const [finding] = failing(lastDay, 'COAL-041', AIR_SHORT);
    expect(cited(finding!)).toContain('应急管理部令第4号，2021年1月1日起施行） 第八条第（一）项');
    expect(finding!.edition).toEqual({ id: 'mz2020' });
  });

  it('from 2026-07-01 令第21号 decides: the same finding cites its 令第21号 item, with no notice', async () => {
    const firstDay = await audit('2026-07-01');
    const [finding] = failing(firstDay, 'COAL-041', AIR_SHORT);
    expect(cited(finding!)).toContain('应急管理部令第21号，2026年7月1日起施行） 第八条第（一）项');
    expect(cited(finding!)).not.toContain('应急管理部令第4号');
    expect(finding!.edition).toEqual({ id: 'mz2026' });
    expect(failing(lastDay, 'COAL-041', AIR_SHORT)[0]!.edition?.notice).toBeUndefined();
  });

  it('before 2021-01-01 令第4号 still decides, with the notice that it was not yet in force', () => {
    const [finding] = failing(earlier, 'COAL-041', AIR_SHORT);
    expect(finding!.edition?.id).toBe('mz2020');
    expect(finding!.edition?.notice?.key).toBe('edition-not-yet');
  });

  it('矿安〔2023〕125号 is cited for open-pit deformation up to 2026-06-30 only: from 2026-07-01 no rule in force cites it', async () => {
    const slope = { '/coalMine/mineType': '露天', '/coalMine/slopes': [{ id: '南帮', designMaxAngle: 35, measuredAngle: 33, crackWidthCm: 30.5, measuresTaken: false }] };
    const [before] = failing(lastDay, 'COAL-174', slope);
    expect(cited(before!)).toContain('矿安〔2023〕125号');
    // 令第21号 第十五条 has its own deformation items; COAL-174 (令第4号 18(10) with 125号's definitions) ends with 令第4号.
    expect((await audit('2026-07-01')).rule('COAL-174')).toBeUndefined();
  });
});

describe('coal pack editions: 令第21号 (mz2026) from 2026-07-01', async () => {
  const lastDay = await audit('2026-06-30');
  const firstDay = await audit('2026-07-01');
  const december = await audit('2026-12-01');
  const fails = (at: Audit, id: string, patch: Patch) => failing(at, id, patch).length > 0;
  const judged = (at: Audit, id: string, patch: Patch) => statuses(at, id, patch).filter((status) => status !== 'not-applicable');

  it('declares mz2026 from 2026-07-01, open-ended, with no compliant fixture of its own (the pack fixture is dated 2026-11-20)', () => {
    const pack = firstDay.ruleSet.packs.find((candidate) => candidate.pack === 'coal-mine')!;
    const mz2026 = pack.editions!.find((edition) => edition.id === 'mz2026')!;
    expect(mz2026).toMatchObject({ source: 'mz2026', from: '2026-07-01' });
    expect(mz2026.until).toBeUndefined();
    expect(pack.sources.mz2026!.zh).toContain('应急管理部令第21号');
  });

  it('令第4号 第四条至第十条 rules without a 令第21号 item are those the plan keeps for 令第4号 alone', () => {
    const pack = december.ruleSet.packs.find((candidate) => candidate.pack === 'coal-mine')!;
    // 令第4号 5(1) and 7(2) moved to 令第21号 第二十条、第十四条 (mapped with those articles).
    const movedOn = ['COAL-011', 'COAL-032', 'COAL-033', 'COAL-034', 'COAL-035'];
    const ofArticles4to10 = pack.rules.filter((rule) => /^第(四|五|六|七|八|九|十)条/.test(rule.editions?.mz2020 ?? ''));
    expect(ofArticles4to10.filter((rule) => !rule.editions!.mz2026 && !movedOn.includes(rule.id)).map((rule) => rule.id)).toEqual([
      'COAL-001', 'COAL-002', 'COAL-003', 'COAL-004', 'COAL-007', 'COAL-008', 'COAL-009', 'COAL-012', 'COAL-013', 'COAL-014',
      'COAL-021', 'COAL-028', 'COAL-042', 'COAL-046', 'COAL-048', 'COAL-061', 'COAL-062', 'COAL-066',
    ]);
    const newRules = pack.rules.filter((rule) => rule.editions?.mz2026 && !rule.editions.mz2020 && /^第(四|五|六|七|八|九|十)条/.test(rule.editions.mz2026));
    expect(newRules.map((rule) => rule.id)).toEqual(Array.from({ length: 36 }, (_, i) => `COAL-${301 + i}`));
  });

  it('every coal finding from 2026-07-01 is judged by 令第21号, with no notice that the standard was replaced', () => {
    const coal = december.ruleSet.rules.filter((rule) => rule.pack.id === 'coal-mine');
    const data = applyPatch(december.fixture.data, { '/coalMine/ventilation/airMeasured': 16000, '/coalMine/workfaces/0/airMeasured': 1300 });
    const findings = coal.flatMap((rule) => evaluateRule(rule, { context: toRuleContext(december.ruleSet.ruleEnv, data), sourceMap: december.fixture.sourceMap, creditCode: '' }));
    const failed = findings.filter((finding) => finding.status === 'fail');
    expect(failed.map((finding) => finding.ruleId).sort()).toEqual(['COAL-041', 'COAL-323']);
    expect(findings.filter((finding) => finding.edition?.notice)).toEqual([]);
    for (const finding of failed) expect(finding.edition).toEqual({ id: 'mz2026' });
    expect(cited(failed.find((finding) => finding.ruleId === 'COAL-323')!)).toContain('应急管理部令第21号，2026年7月1日起施行） 第八条第（一）项');
  });

  it('a year of exactly 110% of capacity fails 令第4号 (超过…10%以上) on 2026-06-30 and passes 令第21号 (超过110%) on 2026-07-01', () => {
    const exactly = { '/coalMine/monthlyOutput/11/rawCoal': 557900 };
    const above = { '/coalMine/monthlyOutput/11/rawCoal': 557901 };
    expect(fails(lastDay, 'COAL-001', exactly)).toBe(true);
    expect(firstDay.rule('COAL-001')).toBeUndefined();
    expect(judged(firstDay, 'COAL-301', exactly)).toEqual(['pass']);
    expect(fails(firstDay, 'COAL-301', above)).toBe(true);
    expect(lastDay.rule('COAL-301')).toBeUndefined();
  });

  it('a month above 10% fails 令第4号; from 2026-07-01 an underground quarter is judged against 30% instead', () => {
    const quarterOnLine = { '/coalMine/monthlyOutput/10/rawCoal': 205300 };
    expect(fails(lastDay, 'COAL-002', quarterOnLine)).toBe(true);
    expect(judged(firstDay, 'COAL-302', quarterOnLine)).toEqual(['pass']);
    expect(fails(firstDay, 'COAL-302', { '/coalMine/monthlyOutput/10/rawCoal': 205301 })).toBe(true);
    expect(judged(firstDay, 'COAL-302', { '/coalMine/mineType': '露天', '/coalMine/monthlyOutput/10/rawCoal': 205301 })).toEqual([]);
  });

  it('a shift at exactly 120% of the crew limit fails 令第4号 (20%以上) and passes 令第21号 (超过20%, changeover excluded)', () => {
    expect(fails(lastDay, 'COAL-009', { '/coalMine/workfaces/0/maxShiftHeadcount': 42 })).toBe(true);
    expect(judged(firstDay, 'COAL-303', { '/coalMine/workfaces/0/maxShiftHeadcount': 42, '/coalMine/workfaces/0/maxShiftHeadcountExChangeover': 42 })).toEqual(['pass']);
    expect(fails(firstDay, 'COAL-303', { '/coalMine/workfaces/0/maxShiftHeadcountExChangeover': 43 })).toBe(true);
  });

  // The fixture's over-limit is dated 2026-08-14: judged on 2026-12-01, inside the ledger's 12 months.
  it('methane under 令第21号: 1.0% at a face stops electrical work, 1.5% stops work and cuts power, 3.0% for over 10 minutes is a hazard itself', () => {
    const at = (patch: Record<string, unknown>) => Object.fromEntries(Object.entries(patch).map(([key, value]) => [`/coalMine/gasEvents/0/${key}`, value]));
    expect(judged(december, 'COAL-305', at({ maxConcentration: 0.99, electricalWorkStopped: false }))).toEqual([]);
    expect(fails(december, 'COAL-305', at({ maxConcentration: 1.0, electricalWorkStopped: false }))).toBe(true);
    expect(judged(december, 'COAL-307', at({ maxConcentration: 1.49, powerCut: false }))).toEqual([]);
    expect(fails(december, 'COAL-307', at({ maxConcentration: 1.5, powerCut: false }))).toBe(true);
    expect(judged(december, 'COAL-311', at({ maxConcentration: 3.0, durationMinutes: 10 }))).toEqual(['pass']);
    expect(fails(december, 'COAL-311', at({ maxConcentration: 3.0, durationMinutes: 10.5 }))).toBe(true);
    expect(judged(december, 'COAL-311', at({ maxConcentration: 3.0, durationMinutes: 30, cause: '停电停风' }))).toEqual([]);
    expect(lastDay.rule('COAL-307')).toBeUndefined();
  });

  it('face air: any shortfall fails 令第4号; 令第21号 fails a face under 75% of its requirement', () => {
    expect(fails(lastDay, 'COAL-042', { '/coalMine/workfaces/0/airMeasured': 1799 })).toBe(true);
    expect(judged(firstDay, 'COAL-323', { '/coalMine/workfaces/0/airMeasured': 1350 })).toEqual(['pass']);
    expect(fails(firstDay, 'COAL-323', { '/coalMine/workfaces/0/airMeasured': 1349 })).toBe(true);
  });

  it('a main-fan upgrade under approved measures excuses an unequal standby fan from 2026-07-01 only', () => {
    const works = { '/coalMine/mainFans/1/capacity': 10000, '/coalMine/ventilation/fanWorksMeasuresOn': '2026-06-01' };
    expect(fails(lastDay, 'COAL-043', works)).toBe(true);
    expect(judged(firstDay, 'COAL-043', works)).toEqual(['pass']);
    expect(fails(firstDay, 'COAL-043', { '/coalMine/mainFans/1/capacity': 10000 })).toBe(true);
    expect(fails(firstDay, 'COAL-043', { ...works, '/coalMine/ventilation/fanWorksMeasuresOn': '2026-07-02' })).toBe(true);
  });
});

describe('coal pack: 特别规定 until 2024-04-30, 煤矿安全生产条例 from 2024-05-01', async () => {
  const special = await audit('2024-04-30');
  const regulation = await audit('2024-05-01');

  it('on 2024-04-30 a finding cites the 特别规定 and not the 条例', () => {
    const [finding] = failing(special, 'COAL-041', AIR_SHORT);
    expect(cited(finding!)).toContain('国务院关于预防煤矿生产安全事故的特别规定');
    expect(cited(finding!)).toContain('第八条第二款第（五）项');
    expect(cited(finding!)).toContain('第十条');
    expect(cited(finding!)).not.toContain('煤矿安全生产条例');
  });

  it('on 2024-05-01 the same finding cites the 条例 and not the 特别规定', () => {
    const [finding] = failing(regulation, 'COAL-041', AIR_SHORT);
    expect(cited(finding!)).toContain('煤矿安全生产条例（2024年1月24日公布，2024年5月1日起施行） 第三十六条第（五）项');
    expect(cited(finding!)).toContain('第六十四条');
    expect(cited(finding!)).not.toContain('特别规定');
  });

  it('every rule of the standard cites the 特别规定 and no 条例 article on 2024-04-30, and the reverse on 2024-05-01', () => {
    const statuteOnly = ['COAL-201', 'COAL-202', 'COAL-203', 'COAL-204', 'COAL-205', 'COAL-206'];
    const ofStandard = (at: Audit) => at.ruleSet.rules.filter((rule) => rule.pack.id === 'coal-mine' && !statuteOnly.includes(rule.id));
    const keys = (rule: CompiledRule) => rule.sources.map((source) => source.source);
    expect(ofStandard(special).filter((rule) => keys(rule).includes('tl2024') || !keys(rule).includes('tb2005')).map((rule) => rule.id)).toEqual(['COAL-004']);
    expect(ofStandard(regulation).filter((rule) => keys(rule).includes('tb2005')).map((rule) => rule.id)).toEqual([]);
  });

  it('duties of the 条例 alone (communication system, deputy chief engineer) apply from 2024-05-01', () => {
    const noComms = { '/coalMine/systems/communication/inService': false };
    const noDeputy = { '/coalMine/keyPosts/5/fullTime': false };
    expect(statuses(special, 'COAL-201', noComms)).toEqual(['not-applicable']);
    expect(statuses(regulation, 'COAL-201', noComms)).toEqual(['fail']);
    expect(statuses(special, 'COAL-205', noDeputy)).toEqual(['not-applicable']);
    expect(statuses(regulation, 'COAL-205', noDeputy)).toEqual(['fail']);
  });

  it('both days judge by 令第4号', () => {
    expect(failing(special, 'COAL-041', AIR_SHORT)[0]!.edition).toEqual({ id: 'mz2020' });
    expect(failing(regulation, 'COAL-041', AIR_SHORT)[0]!.edition).toEqual({ id: 'mz2020' });
  });
});

// Date lines that move with the audit date: checked on each compliant fixture's own date (the rule examples
// hold on both fixtures, so they cannot sit on either fixture's line).
describe.each([
  ['compliant-2025.yaml', 2025],
  ['compliant.yaml', 2026],
])('audit-date lines on %s', async (file, year) => {
  const at = await audit(`${year}-11-20`, file);
  const day = `${year}-11-20`;
  const next = `${year}-11-21`;
  const yearAgo = `${year - 1}-11-20`;
  const yearAgoNext = `${year - 1}-11-21`;
  const cases: Array<[string, Patch, Patch]> = [
    ['COAL-008', { '/coalMine/staffingSystemIssuedOn': day }, { '/coalMine/staffingSystemIssuedOn': next }],
    ['COAL-091', { '/coalMine/bump/proneSeam': true, '/coalMine/bump/riskEvaluatedOn': day }, { '/coalMine/bump/proneSeam': true, '/coalMine/bump/riskEvaluatedOn': next }],
    ['COAL-164', { '/coalMine/gasClassAppraisedOn': day }, { '/coalMine/gasClassAppraisedOn': next }],
    ['COAL-011', { '/coalMine/gasEvents/0/kind': '漏检', '/coalMine/gasEvents/0/workContinued': true, '/coalMine/gasEvents/0/date': yearAgo }, { '/coalMine/gasEvents/0/kind': '漏检', '/coalMine/gasEvents/0/workContinued': true, '/coalMine/gasEvents/0/date': yearAgoNext }],
    ['COAL-012', { '/coalMine/gasEvents/0/workContinued': true, '/coalMine/gasEvents/0/date': yearAgo }, { '/coalMine/gasEvents/0/workContinued': true, '/coalMine/gasEvents/0/date': yearAgoNext }],
    ['COAL-013', { '/coalMine/gasEvents/0/peopleWithdrawn': false, '/coalMine/gasEvents/0/date': yearAgo }, { '/coalMine/gasEvents/0/peopleWithdrawn': false, '/coalMine/gasEvents/0/date': yearAgoNext }],
    ['COAL-014', { '/coalMine/gasEvents/1/measuresApproved': false, '/coalMine/gasEvents/1/date': yearAgo }, { '/coalMine/gasEvents/1/measuresApproved': false, '/coalMine/gasEvents/1/date': yearAgoNext }],
    ['COAL-034', { '/coalMine/gasEvents/0/powerCut': false, '/coalMine/gasEvents/0/date': yearAgo }, { '/coalMine/gasEvents/0/powerCut': false, '/coalMine/gasEvents/0/date': yearAgoNext }],
    ['COAL-065', { '/coalMine/warningEvents/1/kind': '突水征兆', '/coalMine/warningEvents/1/peopleWithdrawn': false, '/coalMine/warningEvents/1/date': yearAgo }, { '/coalMine/warningEvents/1/kind': '突水征兆', '/coalMine/warningEvents/1/peopleWithdrawn': false, '/coalMine/warningEvents/1/date': yearAgoNext }],
    ['COAL-066', { '/coalMine/warningEvents/0/productionStopped': false, '/coalMine/warningEvents/0/date': yearAgo }, { '/coalMine/warningEvents/0/productionStopped': false, '/coalMine/warningEvents/0/date': yearAgoNext }],
    ['COAL-102', { '/coalMine/warningEvents/1/measuresTaken': false, '/coalMine/warningEvents/1/date': yearAgo }, { '/coalMine/warningEvents/1/measuresTaken': false, '/coalMine/warningEvents/1/date': yearAgoNext }],
    ['COAL-032', { '/coalMine/gasSensors/0/lastCalibratedOn': `${year}-10-21` }, { '/coalMine/gasSensors/0/lastCalibratedOn': `${year}-10-20` }],
    ['COAL-035', { '/coalMine/gasSensors/3/lastPowerCutTestOn': `${year}-10-21` }, { '/coalMine/gasSensors/3/lastPowerCutTestOn': `${year}-10-20` }],
    ['COAL-202', { '/coalMine/majorHazardReports/3/periodEnd': `${year}-07-20` }, { '/coalMine/majorHazardReports/3/periodEnd': `${year}-07-19` }],
    ['COAL-204', { '/coalMine/miningLicence/expiresOn': day }, { '/coalMine/miningLicence/expiresOn': `${year}-11-19` }],
    ['COAL-206', { '/coalMine/suspension': { since: `${year}-10-01`, kind: '责令停产整顿' } }, { '/coalMine/suspension': { since: `${year}-09-30`, kind: '责令停产整顿' } }],
    // 令第21号 ledgers of the last 12 months (rules of that edition: the 2026 fixture only).
    ['COAL-307', { '/coalMine/gasEvents/0/powerCut': false, '/coalMine/gasEvents/0/date': yearAgo }, { '/coalMine/gasEvents/0/powerCut': false, '/coalMine/gasEvents/0/date': yearAgoNext }],
    ['COAL-311', { '/coalMine/gasEvents/0/maxConcentration': 3.2, '/coalMine/gasEvents/0/durationMinutes': 12, '/coalMine/gasEvents/0/date': yearAgo }, { '/coalMine/gasEvents/0/maxConcentration': 3.2, '/coalMine/gasEvents/0/durationMinutes': 12, '/coalMine/gasEvents/0/date': yearAgoNext }],
    ['COAL-310', { '/coalMine/gasEvents/1/mixedFlowCleared': false, '/coalMine/gasEvents/1/date': yearAgo }, { '/coalMine/gasEvents/1/mixedFlowCleared': false, '/coalMine/gasEvents/1/date': yearAgoNext }],
    ['COAL-328', { '/coalMine/holings/0/stoppedFaceVentilated': false, '/coalMine/holings/0/date': yearAgo }, { '/coalMine/holings/0/stoppedFaceVentilated': false, '/coalMine/holings/0/date': yearAgoNext }],
    ['COAL-331', { '/coalMine/waterProbes/0/rig': '风锤', '/coalMine/waterProbes/0/date': yearAgo }, { '/coalMine/waterProbes/0/rig': '风锤', '/coalMine/waterProbes/0/date': yearAgoNext }],
    ['COAL-326', { '/coalMine/districts/1/gateRoadsStartedOn': yearAgo, '/coalMine/districts/1/throughVentilationOn': day }, { '/coalMine/districts/1/gateRoadsStartedOn': yearAgoNext, '/coalMine/districts/1/throughVentilationOn': day }],
  ];

  // A rule of 令第4号 alone is not in force on the 2026 fixture's date (令第21号 decides it): checked on 2025 only.
  it.each(cases.filter(([id]) => at.rule(id) !== undefined))('%s passes on the line and fails one day beyond it', (id, pass, fail) => {
    expect(statuses(at, id, pass).filter((status) => status === 'fail' || status === 'indeterminate')).toEqual([]);
    expect(statuses(at, id, fail)).toContain('fail');
  });
});
