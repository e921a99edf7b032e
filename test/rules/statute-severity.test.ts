// The statutes' own consequences, article by article: where a law orders production (use, business, building)
// stopped, the finding is 停产整顿 and cites that article; where it gives a deadline first, the finding is not.
// Each case patches its pack's compliant fixture, as the rule's own examples do (rules/README.md, "Sources and
// severities"). The coal pack has its own file (coal-severity.test.ts).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyPatch, evaluateRule, type Finding } from '../../src/engine/index.js';
import { loadAssessment } from '../../src/input/index.js';
import { loadRuleSet, toRuleContext, type Patch } from '../../src/rules/index.js';
import { bundledPackFiles } from '../../src/cli/package-info.js';

const AS_OF = '2026-11-20';
const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');
const { ruleSet } = await loadRuleSet(bundledPackFiles(), AS_OF);

async function failures(id: string, patch: Patch): Promise<Finding[]> {
  const rule = ruleSet!.rules.find((candidate) => candidate.id === id)!;
  const fixture = (await loadAssessment(join(FIXTURES, rule.pack.id, 'compliant.yaml'), ruleSet!)).value!;
  const context = toRuleContext(ruleSet!.ruleEnv, applyPatch(fixture.data, patch));
  return evaluateRule(rule, { context, sourceMap: fixture.sourceMap, creditCode: '' }).filter((finding) => finding.status === 'fail');
}

const cited = (finding: Finding) => finding.sources.map((source) => source.text.zh).join(' | ');

/** The rule fails on the patched fixture, every failure at `severity` and citing `article`. */
async function expectFailures(id: string, patch: Patch, severity: string, article: string): Promise<void> {
  const found = await failures(id, patch);
  expect(found.length).toBeGreaterThan(0);
  for (const finding of found) {
    expect(finding.severity).toBe(severity);
    expect(cited(finding)).toContain(article);
  }
}

describe('severity follows the statute: 停产整顿 only where the law orders a stop', () => {
  it.each<[string, string, Patch, string, string]>([
    ['GEN-MGT-002', '安全生产许可证条例 第十九条: producing without a valid licence is stopped', { '/enterprise/sectors': ['hazardous-chemicals'] }, 'shutdown', '第十九条'],
    ['GEN-MGT-003', '安全生产法 第九十八条第（二）项: a hazardous-goods project built before its safety design', { '/management/projects/1/kind': '危险物品生产储存装卸', '/management/projects/1/safetyFacilitiesDesignedOn': null }, 'shutdown', '第九十八条'],
    ['GEN-MGT-003', '安全生产法 第三十一条 alone: any other project gets a deadline', { '/management/projects/1/safetyFacilitiesDesignedOn': null }, 'general', '第三十一条'],
    ['GEN-MGT-005', '安全生产法 第九十八条第（四）项: a mine project in use before acceptance', { '/enterprise/sectors': ['coal-mine'], '/management/projects/0/acceptedOn': null }, 'shutdown', '第九十八条第（四）项'],
    ['GEN-MGT-009', '安全生产法 第九十八条第（一）项: a mine project never safety-assessed', { '/management/projects/1/kind': '矿山' }, 'shutdown', '第九十八条第（一）项'],
    ['GEN-MGT-011', '安全生产法 第九十八条第（三）项: built otherwise than the approved design', { '/enterprise/sectors': ['non-coal-mine'], '/management/projects/1/deviationsFromDesign': 2 }, 'shutdown', '第九十八条第（三）项'],
    ['GEN-MGT-007', '危险化学品安全管理条例 第三十三条、第七十七条第三款: trading without a licence is stopped', { '/enterprise/sectors': ['hazardous-chemicals'], '/hazardousChemicals/activities': ['经营', '储存'], '/management/hazchemOperatingLicence': null }, 'shutdown', '第三十三条'],
    ['HC-001', '晋政发〔2021〕1号: a special-controlled major hazard without automated control', { '/hazardousChemicals/units/0/automation': { installed: false, inService: false } }, 'shutdown', '一律停产整顿'],
    ['NCM-001', '安全生产法 第三十二、三十三条: an underground mine never safety-assessed', { '/nonCoalMine/undergroundMines/0/safetyPreAssessedOn': null }, 'shutdown', '第三十二条'],
    ['RT-001', '道路运输条例 第六十三条: operating without a licence is stopped', { '/roadTransport/licence': null }, 'shutdown', '第六十三条'],
    ['RT-004', '道路运输条例 第六十三条第（二）项: a bus line past its term', { '/roadTransport/lines/1/expiresOn': '2026-10-31' }, 'shutdown', '第六十三条第（二）项'],
    ['RT-003', '危险化学品安全管理条例 第四十三条: dangerous goods carried with no dangerous-goods licence at all', { '/roadTransport/licence/scope': ['班线客运', '旅游包车客运', '普通货运'], '/roadTransport/licence/dangerousGoodsClasses': null }, 'shutdown', '第四十三条'],
    ['RT-003', '— a licensed carrier hauling a class outside its licence stays major', { '/roadTransport/drivingLogs/16/dgClass': '3', '/roadTransport/drivingLogs/16/escort': 'E01' }, 'major', '第四十三条'],
    ['FIRE-017', '消防法 第五十八条第一款第（四）项: a crowded place open without the fire permit', { '/fireSafety/premises/2/use': '其他公众聚集场所' }, 'shutdown', '第五十八条'],
  ])('%s — %s', async (id, _why, patch, severity, article) => expectFailures(id, patch, severity, article));
});

describe('who each duty binds, and the deadlines the statutes give first', () => {
  const halfYearDrill = (date: string) => [{ date, scenario: '车站火灾疏散演练', kind: '专项演练', reportedOn: '2026-05-25' }];

  it.each<[string, string, Patch, string, string]>([
    ['GEN-MGT-008', '危险化学品安全管理条例 第二十九条、第七十七条第二款: a user without its safe-use licence gets a deadline first', { '/enterprise/sectors': ['hazardous-chemicals'], '/hazardousChemicals/activities': ['使用'], '/management/hazchemUseQuantityReached': true }, 'general', '第二十九条'],
    ['FIRE-015', '消防法 第十九条: flammables 24.9 m from living quarters where 25 m are required, not in the same building', { '/fireSafety/premises/2/fireHazardClass': '甲', '/fireSafety/premises/2/siteLocation': '城市边缘', '/fireSafety/premises/2/hazmatSeparation': { sameBuildingAsResidential: false, sameBuildingAsCrowded: false, requiredM: 25, actualM: 30, residentialRequiredM: 25, residentialActualM: 24.9 } }, 'shutdown', '第十九条'],
    ['GEN-EMG-004', '生产安全事故应急条例 第八条第二款: an urban rail operator drills every half year', { '/enterprise/sectors': [], '/enterprise/operations': ['城市轨道交通运营'], '/emergency/drills': halfYearDrill('2026-05-15') }, 'general', '第八条第二款'],
    ['GEN-EMG-005', '应急预案管理办法 第三十三条: a 综合 or 专项 drill every year binds every unit', { '/emergency/drills': [] }, 'general', '第三十三条'],
    ['GEN-EMG-008', '应急预案管理办法 第三十三条: a 现场处置方案 drill every half year', { '/emergency/drills/2/kind': '专项演练' }, 'general', '每半年至少组织一次现场处置方案演练'],
    ['GEN-TRN-008', '安全培训规定 第九条: 48 initial hours for a non-coal mine principal', { '/enterprise/sectors': ['non-coal-mine'] }, 'general', '第九条'],
    ['GEN-TRN-010', '安全培训规定 第十三条第二款: 20 hours a year for a non-coal mine worker (19 is short)', { '/enterprise/sectors': ['non-coal-mine'], '/training/records/-': { person: '孙建华', role: '特种作业人员', kind: '再培训', hours: 19, completedOn: '2026-03-18', passed: true } }, 'general', '第十三条第二款'],
  ])('%s — %s', async (id, _why, patch, severity, article) => expectFailures(id, patch, severity, article));

  it.each<[string, string, Patch]>([
    ['GEN-EMG-004', 'a passenger carrier is not among the half-yearly carriers (only dangerous goods are)', { '/roadTransport/licence/scope': ['班线客运'], '/emergency/drills': halfYearDrill('2026-05-15') }],
    ['GEN-EMG-004', 'the half-yearly drill is in time on its due day', { '/emergency/drills': halfYearDrill('2026-05-20') }],
    ['GEN-MGT-008', 'a producer holds the 安全生产许可证 instead (第二十九条 excepts it)', { '/enterprise/sectors': ['hazardous-chemicals'], '/hazardousChemicals/activities': ['生产', '使用'], '/management/hazchemUseQuantityReached': true }],
    ['FIRE-015', 'exactly the required 25 m is a safe distance (不小于)', { '/fireSafety/premises/2/fireHazardClass': '甲', '/fireSafety/premises/2/siteLocation': '城市边缘', '/fireSafety/premises/2/hazmatSeparation': { sameBuildingAsResidential: false, sameBuildingAsCrowded: false, requiredM: 25, actualM: 25, residentialRequiredM: 25, residentialActualM: 25 } }],
  ])('%s does not fail: %s', async (id, _why, patch) => {
    expect(await failures(id, patch)).toEqual([]);
  });
});
