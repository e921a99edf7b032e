// The hazardous-chemicals pack follows the national criteria in force on the audit date (rules/hazardous-chemicals.yaml,
// `editions`): 安监总管三〔2017〕121号 from 2017-11-13 to 2026-09-29, AQ 3067-2026 from 2026-09-30. The same plant is
// judged on each side of the switch; the notice's four safeguards (晋政发〔2021〕1号, HC-001–004) stop production on both.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyPatch, evaluateRule, type Finding } from '../../src/engine/index.js';
import { loadAssessment, type Assessment } from '../../src/input/index.js';
import { loadRuleSet, toRuleContext, type Patch, type RuleSet } from '../../src/rules/index.js';
import { bundledPackFiles } from '../../src/cli/package-info.js';
import { runMain } from '../e2e/run-cli.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'hazardous-chemicals');
const HC2017 = '化工和危险化学品生产经营单位重大生产安全事故隐患判定标准（试行）（安监总管三〔2017〕121号）';
const AQ2026 = 'AQ 3067-2026《化工和危险化学品生产经营企业重大生产安全事故隐患判定准则》';

interface Day {
  ruleSet: RuleSet;
  fixture: Assessment;
}

async function day(asOf: string, file = 'compliant.yaml'): Promise<Day> {
  const { ruleSet } = await loadRuleSet(bundledPackFiles(), asOf);
  const fixture = (await loadAssessment(join(FIXTURES, file), ruleSet!)).value!;
  return { ruleSet: ruleSet!, fixture };
}

const hazchem = ({ ruleSet }: Day) => ruleSet.rulesFor(['hazardous-chemicals']).filter((rule) => rule.pack.id === 'hazardous-chemicals');

/** Every failing finding of the pack on the patched fixture. */
function failures(at: Day, patch: Patch = {}): Finding[] {
  const data = applyPatch(at.fixture.data, patch);
  return hazchem(at).flatMap((rule) =>
    evaluateRule(rule, { context: toRuleContext(at.ruleSet.ruleEnv, data), sourceMap: at.fixture.sourceMap, creditCode: '' }).filter((finding) => finding.status === 'fail'),
  );
}

const cited = (findings: Finding[], ruleId: string) => findings.filter((finding) => finding.ruleId === ruleId).flatMap((finding) => finding.sources.map((source) => source.text.zh));

// One plant breaking duties both editions know: U-01's emergency shutdown off, the chlorine line through a public
// area, a non-explosion-proof device at U-05, an obsolete item at U-04, and all four of the notice's safeguards off at U-02.
const PLANT: Patch = {
  '/hazardousChemicals/units/0/emergencyShutoff/inService': false,
  '/hazardousChemicals/pipelines/0/crossesPublicArea': true,
  '/hazardousChemicals/units/4/nonExplosionProofDevices': 1,
  '/hazardousChemicals/units/3/obsoleteItemsInUse': 1,
  '/hazardousChemicals/units/1/automation/inService': false,
  '/hazardousChemicals/units/1/sis/inService': false,
  '/hazardousChemicals/units/1/gasDetection/inService': false,
};

describe('hazardous chemicals: the criteria in force decide', async () => {
  const before = await day('2026-09-29');
  const after = await day('2026-09-30');

  it.each([
    ['2017-11-13', 'hc2017'],
    ['2026-09-29', 'hc2017'],
    ['2026-09-30', 'aq2026'],
    ['2026-11-20', 'aq2026'],
  ])('on %s the %s edition decides, with no notice', async (asOf, id) => {
    const { ruleSet } = await loadRuleSet(bundledPackFiles(), asOf);
    const applied = ruleSet!.editions.find((entry) => entry.pack === 'hazardous-chemicals')!;
    expect(applied.editions.map((edition) => edition.id)).toEqual([id]);
    expect(applied.notice).toBeUndefined();
  });

  it('before 121号 (2017-11-12) no edition is in force: 121号 still decides and says so', async () => {
    const { ruleSet } = await loadRuleSet(bundledPackFiles(), '2017-11-12');
    const applied = ruleSet!.editions.find((entry) => entry.pack === 'hazardous-chemicals')!;
    expect(applied.editions.map((edition) => edition.id)).toEqual(['hc2017']);
    expect(applied.notice?.key).toBe('edition-not-yet');
  });

  it('on 2026-09-29 the 121号 rules run and the AQ 3067 rules do not; on 2026-09-30 the reverse, kept duties on both', () => {
    const ids = (at: Day) => new Set(hazchem(at).map((rule) => rule.id));
    const [old, now] = [ids(before), ids(after)];
    for (const id of ['HC-101', 'HC-102', 'HC-103', 'HC-105', 'HC-106', 'HC-107', 'HC-108', 'HC-115', 'HC-116', 'HC-117', 'HC-118', 'HC-119', 'HC-120', 'HC-123', 'HC-124', 'HC-125', 'HC-126', 'HC-127']) {
      expect([id, old.has(id), now.has(id)]).toEqual([id, true, false]);
    }
    for (let n = 128; n <= 175; n += 1) expect([`HC-${n}`, old.has(`HC-${n}`), now.has(`HC-${n}`)]).toEqual([`HC-${n}`, false, true]);
    for (const id of ['HC-001', 'HC-002', 'HC-003', 'HC-004', 'HC-104', 'HC-109', 'HC-110', 'HC-111', 'HC-112', 'HC-113', 'HC-114', 'HC-121', 'HC-122', 'HC-201', 'HC-309', 'HC-401']) {
      expect([id, old.has(id), now.has(id)]).toEqual([id, true, true]);
    }
  });

  it('the same plant cites 121号 items on 2026-09-29 and AQ 3067-2026 items on 2026-09-30', () => {
    const old = failures(before, PLANT);
    const now = failures(after, PLANT);
    expect(cited(old, 'HC-104')).toContain(`${HC2017} 第4项`);
    expect(cited(now, 'HC-104')).toContain(`${AQ2026} 5.5.3、5.5.4`);
    expect(cited(old, 'HC-109')).toContain(`${HC2017} 第8项`);
    expect(cited(now, 'HC-109')).toContain(`${AQ2026} 5.2.4`);
    expect(cited(old, 'HC-114')).toContain(`${HC2017} 第12项（爆炸危险场所未按国家标准安装使用防爆电气设备）`);
    expect(cited(now, 'HC-114')).toContain(`${AQ2026} 5.4.3`);
    expect(cited(old, 'HC-112')).toContain(`${HC2017} 第11项`);
    expect(cited(now, 'HC-112')).toContain(`${AQ2026} 5.3.1`);
    for (const finding of old) expect(finding.sources.map((source) => source.source)).not.toContain('aq2026');
    for (const finding of now) expect(finding.sources.map((source) => source.source)).not.toContain('hc2017');
  });

  it('storage faults are major under 121号 第20项 to 2026-09-29, then general under 条例 第二十四条 (AQ 3067 5.5.8 unconfirmed)', () => {
    const patch = { '/hazardousChemicals/units/3/storage/zonedByClass': false, '/hazardousChemicals/units/3/storage/maxStoredT': 200.5, '/hazardousChemicals/units/3/storage/incompatibleTogether': 1 };
    const storage = (findings: Finding[]) => findings.filter((finding) => ['HC-125', 'HC-126', 'HC-127', 'HC-310', 'HC-311', 'HC-312'].includes(finding.ruleId)).map((finding) => `${finding.ruleId}:${finding.severity}`);
    expect(storage(failures(before, patch))).toEqual(['HC-125:major', 'HC-126:major', 'HC-127:major']);
    expect(storage(failures(after, patch))).toEqual(['HC-310:general', 'HC-311:general', 'HC-312:general']);
    expect(cited(failures(after, patch), 'HC-311')).toEqual(expect.arrayContaining([expect.stringContaining('第八十条第一款第（五）项')]));
  });

  it('121号 item 5 (tank farms) is HC-105/106 on 2026-09-29; AQ 3067 5.5.5/5.5.6 are HC-142/143 on 2026-09-30', () => {
    const patch = { '/hazardousChemicals/units/1/emergencyShutoff/inService': false, '/hazardousChemicals/units/1/sis': { installed: false, inService: false } };
    const rules = (findings: Finding[]) => [...new Set(findings.map((finding) => finding.ruleId))].filter((id) => id.startsWith('HC-1')).sort();
    expect(rules(failures(before, patch))).toEqual(['HC-105', 'HC-106']);
    expect(rules(failures(after, patch))).toEqual(['HC-142', 'HC-143']);
    expect(cited(failures(after, patch), 'HC-142')).toContain(`${AQ2026} 5.5.5`);
  });

  it.each([
    ['2026-09-29', before],
    ['2026-09-30', after],
  ])('HC-001–004 stop production on %s, citing the notice and no edition of their own', (_asOf, at) => {
    const notice = failures(at, PLANT).filter((finding) => ['HC-001', 'HC-002', 'HC-003', 'HC-004'].includes(finding.ruleId));
    expect([...new Set(notice.map((finding) => finding.ruleId))].sort()).toEqual(['HC-001', 'HC-002', 'HC-003', 'HC-004']);
    for (const finding of notice) {
      expect(finding.severity).toBe('shutdown');
      expect(finding.sources[0]!.text.zh).toContain('晋政发〔2021〕1号');
    }
    for (const rule of hazchem(at).filter((candidate) => ['HC-001', 'HC-002', 'HC-003', 'HC-004'].includes(candidate.id))) expect(rule.spec.editions).toBeUndefined();
  });

  it('HC-003 cites 121号 items 4 and 5 on 2026-09-29 and AQ 3067 5.5.4、5.5.6 on 2026-09-30', () => {
    expect(cited(failures(before, PLANT), 'HC-003')).toContain(`${HC2017} 第4项、第5项`);
    expect(cited(failures(before, PLANT), 'HC-003').join()).not.toContain('AQ 3067');
    expect(cited(failures(after, PLANT), 'HC-003')).toContain(`${AQ2026} 5.5.4、5.5.6`);
    expect(cited(failures(after, PLANT), 'HC-003').join()).not.toContain('121号');
  });

  it('every rule naming an AQ 3067 item whose text is not confirmed is advisory, and each such item has its reminder', () => {
    const unconfirmed = ['5.1.2', '5.1.4', '5.2.2', '5.2.8', '5.2.10', '5.3.3', '5.3.4', '5.3.6', '5.4.6', '5.4.7', '5.4.8', '5.4.9', '5.5.2', '5.5.8', '5.5.11'];
    const naming = (item: string) => hazchem(after).filter((rule) => (rule.spec.editions?.aq2026 ?? '').split('、').includes(item));
    for (const item of unconfirmed) {
      expect([item, naming(item).map((rule) => rule.severity)]).toEqual([item, ['advisory']]);
      expect(naming(item)[0]!.message.zh.join('')).toContain(`请对照 AQ 3067-2026 ${item} 自查`);
    }
  });

  it('all 53 items of AQ 3067-2026 chapter 5 are named by a rule', () => {
    const sizes = [5, 10, 6, 9, 12, 4, 7];
    const items = sizes.flatMap((size, section) => Array.from({ length: size }, (_, index) => `5.${section + 1}.${index + 1}`));
    const named = new Set(hazchem(after).flatMap((rule) => [...(rule.spec.editions?.aq2026 ?? '').split('、'), ...rule.spec.basis.filter((entry) => entry.startsWith('aq2026#')).flatMap((entry) => entry.slice(7).split('、'))]));
    expect(items.filter((item) => !named.has(item))).toEqual([]);
  });
});

describe('hazardous chemicals: boundaries of date rules that run in both editions', async () => {
  // Their examples run on both compliant fixtures (2025-11-20 and 2026-11-20); each side of each date is checked here.
  const cases: [string, string, string, string, string][] = [
    ['HC-205', '/hazardousChemicals/units/0/majorHazardAssessedOn', '2023-11-20', '2023-11-19', '2026-11-20'],
    ['HC-205', '/hazardousChemicals/units/0/majorHazardAssessedOn', '2022-11-20', '2022-11-19', '2025-11-20'],
    ['HC-207', '/hazardousChemicals/units/3/gasDetection/lastCalibratedOn', '2025-11-20', '2025-11-19', '2026-11-20'],
    ['HC-207', '/hazardousChemicals/units/3/gasDetection/lastCalibratedOn', '2024-11-20', '2024-11-19', '2025-11-20'],
    ['HC-301', '/hazardousChemicals/safetyEvaluation/reportOn', '2023-11-20', '2023-11-19', '2026-11-20'],
    ['HC-301', '/hazardousChemicals/safetyEvaluation/reportOn', '2022-11-20', '2022-11-19', '2025-11-20'],
  ];
  const days = { '2025-11-20': await day('2025-11-20', 'compliant-2025.yaml'), '2026-11-20': await day('2026-11-20') };
  it.each(cases)('%s (%s): %s passes and %s fails on %s', (id, pointer, onTime, late, asOf) => {
    const at = days[asOf as keyof typeof days];
    const fails = (value: string) => failures(at, { [pointer]: value }).some((finding) => finding.ruleId === id);
    expect([fails(onTime), fails(late)]).toEqual([false, true]);
  });

  it.each([
    ['2026-11-20', '2026-11-20', '2026-11-21'],
    ['2025-11-20', '2025-11-20', '2025-11-21'],
  ])('HC-111 on %s: a safety design diagnosis on the audit date is in time, the day after is not', (asOf, onTime, late) => {
    const at = days[asOf as keyof typeof days];
    const fails = (value: string) =>
      failures(at, { '/hazardousChemicals/units/4/formalDesign': false, '/hazardousChemicals/units/4/safetyDesignDiagnosisOn': value }).some((finding) => finding.ruleId === 'HC-111');
    expect([fails(onTime), fails(late)]).toEqual([false, true]);
  });
});

describe('hazardous chemicals fixtures, checked as a user would', () => {
  const verdict = async (file: string, asOf: string) => {
    const { stdout } = await runMain(['check', join('fixtures', 'hazardous-chemicals', file), '--as-of', asOf, '-f', 'json']);
    const [enterprise] = JSON.parse(stdout).enterprises;
    const failing = [...new Set(enterprise.findings.filter((finding: { status: string }) => finding.status === 'fail').map((finding: { ruleId: string }) => finding.ruleId))];
    return { verdict: enterprise.verdict as string, failing };
  };

  it('the 2025 plant is compliant under 121号, and the 2026 plant under AQ 3067-2026', async () => {
    expect(await verdict('compliant-2025.yaml', '2025-11-20')).toEqual({ verdict: 'compliant', failing: [] });
    expect(await verdict('compliant.yaml', '2026-11-20')).toEqual({ verdict: 'compliant', failing: [] });
  });

  it('a plant failing the newer standard shows only its nonconforming permits on 2026-09-29 and its AQ 3067 failures on 2026-09-30', async () => {
    expect(await verdict('violating-aq2026.yaml', '2026-09-29')).toEqual({ verdict: 'major', failing: ['HC-120'] });
    const now = await verdict('violating-aq2026.yaml', '2026-09-30');
    expect(now.verdict).toBe('major');
    expect(now.failing.sort()).toEqual(['HC-129', 'HC-132', 'HC-134', 'HC-137', 'HC-140', 'HC-141', 'HC-147', 'HC-149', 'HC-150', 'HC-154', 'HC-156', 'HC-158', 'HC-160']);
  });

  it('the major-hazard fixture fails 121号 items on 2026-09-29 and their AQ 3067 counterparts on 2026-09-30', async () => {
    const old = await verdict('violating-major.yaml', '2026-09-29');
    const now = await verdict('violating-major.yaml', '2026-09-30');
    expect(old.failing).toEqual(expect.arrayContaining(['HC-101', 'HC-102', 'HC-103', 'HC-118', 'HC-119', 'HC-120', 'HC-121', 'HC-122', 'HC-123', 'HC-124', 'HC-125', 'HC-126', 'HC-127']));
    expect(now.failing.filter((id) => (id as string).startsWith('HC-')).sort()).toEqual(['HC-121', 'HC-122', 'HC-128', 'HC-148', 'HC-162', 'HC-163', 'HC-173', 'HC-174', 'HC-310', 'HC-311', 'HC-312']);
    expect([old.verdict, now.verdict]).toEqual(['major', 'major']);
  });
});
