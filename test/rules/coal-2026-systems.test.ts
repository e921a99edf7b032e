// 应急管理部令第21号 (edition mz2026, from 2026-07-01), Arts. 11–20: rock burst, fire, equipment, monitoring,
// open-pit slopes, dual circuits, contracting and the other items (rules COAL-351–393 and the 令第4号 rules that
// persist). Each threshold is checked on its line and either side (rules/README.md, "Thresholds").
import { describe, expect, it } from 'vitest';
import type { Patch } from '../../src/rules/index.js';
import { audit, cited, failing, run, statuses } from './coal-audit.js';

const NEW_RULES = Array.from({ length: 49 }, (_, index) => `COAL-${351 + index}`);

describe('coal mz2026, Arts. 11–20', async () => {
  const now = await audit('2026-11-20');

  it('the new rules name only mz2026: none runs on 2026-06-30, every one written runs from 2026-07-01', async () => {
    const lastDay = await audit('2026-06-30');
    const firstDay = await audit('2026-07-01');
    const written = NEW_RULES.filter((id) => firstDay.rule(id));
    expect(written.length).toBe(48);
    expect(written.filter((id) => lastDay.rule(id))).toEqual([]);
    expect(written.filter((id) => Object.keys(firstDay.rule(id)!.spec.editions ?? {}).join() !== 'mz2026')).toEqual([]);
  });

  it('a new rule cites its 令第21号 item and 条例 第六十四条 at a producing mine', () => {
    const [finding] = failing(now, 'COAL-392', { '/coalMine/lithiumBatteries/0/chargingPlace': '其他地点' });
    expect(finding).toMatchObject({ status: 'fail', severity: 'shutdown', edition: { id: 'mz2026' } });
    expect(cited(finding!)).toContain('应急管理部令第21号，2026年7月1日起施行） 第二十条第（十八）项');
    expect(cited(finding!)).toContain('第六十四条');
    expect(cited(finding!)).not.toContain('第4号');
  });

  it('a persisting 令第4号 rule cites its 令第21号 item from 2026-07-01', () => {
    const [finding] = failing(now, 'COAL-115', { '/coalMine/workfaces/2/exits': 1 });
    expect(finding).toMatchObject({ status: 'fail', edition: { id: 'mz2026' } });
    expect(cited(finding!)).toContain('第二十条第（十七）项');
  });

  it('lithium batteries: 2 kW·h itself is in (以上), 1.99 is out; a vehicle starter battery is left out', () => {
    const outside = (capacityKwh: number, extra = {}) => ({ '/coalMine/lithiumBatteries/-': { id: 'LD-9', capacityKwh, chargedUnderground: true, chargingPlace: '其他地点', ...extra } });
    expect(statuses(now, 'COAL-392', outside(1.99))).not.toContain('fail');
    expect(statuses(now, 'COAL-392', outside(2))).toContain('fail');
    expect(statuses(now, 'COAL-392', outside(2.01))).toContain('fail');
    expect(statuses(now, 'COAL-392', outside(12, { vehicleStarter: true }))).not.toContain('fail');
    expect(statuses(now, 'COAL-392', outside(12, { chargedUnderground: false }))).not.toContain('fail');
  });

  it('rock-burst face spacing: 150 / 350 / 500 m pass on the line (小于), fail just under; two rock drivages are out', () => {
    const spacing = (faceA: string, faceB: string, distance: number, extra: Patch = {}) =>
      statuses(now, 'COAL-355', { '/coalMine/seams/2/bumpSeam': true, '/coalMine/faceSpacings': [{ faceA, faceB, distance }], ...extra });
    expect(spacing('15108回风巷', '二水平轨道大巷', 150)).toEqual(['pass']);
    expect(spacing('15108回风巷', '二水平轨道大巷', 149.9)).toEqual(['fail']);
    expect(spacing('15106', '15108回风巷', 350)).toEqual(['pass']);
    expect(spacing('15106', '15108回风巷', 349.9)).toEqual(['fail']);
    expect(spacing('15106', '12203', 500)).toEqual(['pass']);
    expect(spacing('15106', '12203', 499.9)).toEqual(['fail']);
    expect(spacing('15108回风巷', '二水平轨道大巷', 10, { '/coalMine/workfaces/1/kind': '岩巷掘进' })).toEqual(['pass']);
    expect(spacing('15106', '15110', 10)).toEqual(['pass']);
  });

  it('island panel: one working face passes, two already fail (2个以上)', () => {
    const base = { '/coalMine/seams/2/bumpSeam': true, '/coalMine/workfaces/0/islandPanel': '15106孤岛' };
    expect(statuses(now, 'COAL-399', base)).not.toContain('fail');
    expect(statuses(now, 'COAL-399', { ...base, '/coalMine/workfaces/1/islandPanel': '15106孤岛' })).toContain('fail');
  });

  it('rock-burst advance rate: the safe rate itself passes (超过)', () => {
    const advance = (max: number) => statuses(now, 'COAL-356', {
      '/coalMine/seams/2/bumpSeam': true,
      '/coalMine/workfaces/0/bumpSafeAdvance': 6, '/coalMine/workfaces/0/maxDailyAdvance': max,
      '/coalMine/workfaces/1/bumpSafeAdvance': 8, '/coalMine/workfaces/1/maxDailyAdvance': 8,
    });
    expect(advance(6)).not.toContain('fail');
    expect(advance(6.01)).toContain('fail');
  });

  it('rock-burst relief: people withdrawn beyond 300 m (超过); 300 m itself fails', () => {
    const relief = (withdrawalDistance: number) => statuses(now, 'COAL-395', {
      '/coalMine/bump/bumpMine': true,
      '/coalMine/dynamicHazardChecks/-': { id: 'FC-1', workface: '15106', kind: '防冲', measuresApplied: true, withdrawalDistance },
    });
    expect(relief(300.1)).not.toContain('fail');
    expect(relief(300)).toContain('fail');
  });

  it('non-outburst seam: 50 m deeper than the last gas measurement passes (超过), more fails', () => {
    const depth = (maxMiningDepth: number) => statuses(now, 'COAL-394', {
      '/coalMine/seams/0/nonOutburstAppraisedOn': '2023-05-10', '/coalMine/seams/0/gasMeasuredDepth': 420, '/coalMine/seams/0/maxMiningDepth': maxMiningDepth,
    });
    expect(depth(470)).not.toContain('fail');
    expect(depth(470.1)).toContain('fail');
  });

  it('open-pit benches: height twice the design and berm half the design pass; beyond either fails', () => {
    const slope = (benchHeightMax: number, bermWidthMin: number) => statuses(now, 'COAL-372', {
      '/coalMine/mineType': '露天',
      '/coalMine/slopes': [{ id: '南帮', designMaxAngle: 38, measuredAngle: 36, benchHeightDesign: 12, benchHeightMax, bermWidthDesign: 40, bermWidthMin }],
    });
    expect(slope(24, 20)).toEqual(['pass']);
    expect(slope(24.1, 20)).toEqual(['fail']);
    expect(slope(24, 19.9)).toEqual(['fail']);
  });

  it('open-pit final walls: 2 benches already count (以上), 1 does not; the design maximum itself passes', () => {
    const wall = (finalBenches: number, measuredAngle: number) => statuses(now, 'COAL-371', {
      '/coalMine/mineType': '露天', '/coalMine/slopes': [{ id: '南帮', designMaxAngle: 38, measuredAngle, finalBenches }],
    });
    expect(wall(1, 45)).toEqual(['pass']);
    expect(wall(2, 38)).toEqual(['pass']);
    expect(wall(2, 38.1)).toEqual(['fail']);
  });

  it('slope displacement accelerating for 72 hours calls for measures; 71.9 hours does not yet', () => {
    const event = (durationHours: number) => statuses(now, 'COAL-373', {
      '/coalMine/mineType': '露天',
      '/coalMine/disasterEvents': [{ id: 'BP-1', date: '2026-10-01', kind: '边坡位移加速', durationHours, measuresTaken: false }],
    });
    expect(event(71.9)).toEqual(['not-applicable']);
    expect(event(72)).toEqual(['fail']);
  });

  it('non-outburst seam: 0.74 MPa is in (达到…以上); the appraisal is due on the day six months on', () => {
    const seam = (maxGasPressure: number, outburstSignsOn: string, managedAsOutburst = true) => statuses(now, 'COAL-386', {
      '/coalMine/seams/1/maxGasPressure': maxGasPressure, '/coalMine/seams/1/outburstSignsOn': outburstSignsOn,
      '/coalMine/seams/1/managedAsOutburst': managedAsOutburst,
    });
    expect(seam(0.73, '2026-09-01', false)).not.toContain('fail');
    expect(seam(0.74, '2026-09-01', false)).toContain('fail');
    expect(seam(0.74, '2026-05-20')).not.toContain('fail');
    expect(seam(0.74, '2026-05-19')).toContain('fail');
  });

  it('gas appraisal: a low-gas mine on the second anniversary, a high-gas or outburst one on the first, pass; the day after fails', () => {
    expect(statuses(now, 'COAL-385', { '/coalMine/gasClass': '低瓦斯', '/coalMine/gasClassAppraisedOn': '2024-11-20' })).toEqual(['pass']);
    expect(statuses(now, 'COAL-385', { '/coalMine/gasClass': '低瓦斯', '/coalMine/gasClassAppraisedOn': '2024-11-19' })).toEqual(['fail']);
    expect(statuses(now, 'COAL-385', { '/coalMine/gasEmissionMeasuredOn': '2025-11-20' })).toEqual(['pass']);
    expect(statuses(now, 'COAL-385', { '/coalMine/gasEmissionMeasuredOn': '2025-11-19' })).toEqual(['fail']);
  });

  it('methane sensors mid-roadway: a 1000 m return needs none (大于), 1001 m does', () => {
    expect(statuses(now, 'COAL-364', { '/coalMine/workfaces/2/roadwayLength': 1000 })).not.toContain('fail');
    expect(statuses(now, 'COAL-364', { '/coalMine/workfaces/2/roadwayLength': 1001 })).toContain('fail');
    expect(statuses(now, 'COAL-364', { '/coalMine/gasClass': '低瓦斯', '/coalMine/workfaces/2/roadwayLength': 1001 })).not.toContain('fail');
  });

  it('outburst drilling: a sensor 5 to 10 m downwind, both ends included', () => {
    expect(statuses(now, 'COAL-397', { '/coalMine/gasSensors/16/downwindDistance': 5 })).not.toContain('fail');
    expect(statuses(now, 'COAL-397', { '/coalMine/gasSensors/16/downwindDistance': 10 })).not.toContain('fail');
    expect(statuses(now, 'COAL-397', { '/coalMine/gasSensors/16/downwindDistance': 4.9 })).toContain('fail');
    expect(statuses(now, 'COAL-397', { '/coalMine/gasSensors/16/downwindDistance': 10.1 })).toContain('fail');
  });

  it('flameproof enclosures: 50 mm deformation and 5 mm dent pass (超过), a tenth more fails', () => {
    expect(statuses(now, 'COAL-360', { '/coalMine/equipment/0/maxDeformationMm': 50, '/coalMine/equipment/0/maxDentMm': 5 })).not.toContain('fail');
    expect(statuses(now, 'COAL-360', { '/coalMine/equipment/0/maxDeformationMm': 50.1 })).toContain('fail');
    expect(statuses(now, 'COAL-360', { '/coalMine/equipment/0/maxDentMm': 5.1 })).toContain('fail');
  });

  it('an event that is itself a major hazard stays open until accepted; a fatal outburst is an accident, not this item', () => {
    const event = (extra: object) => statuses(now, 'COAL-393', { '/coalMine/disasterEvents': [{ id: 'ZH-1', date: '2026-09-01', kind: '煤与瓦斯突出', ...extra }] });
    expect(event({ casualties: 0 })).toEqual(['fail']);
    expect(event({ casualties: 0, hazardClosedOn: '2026-11-20' })).toEqual(['pass']);
    expect(event({ casualties: 2 })).toEqual(['not-applicable']);
  });

  it('dual circuits bind underground mines only (the 矿井 of Art. 16)', () => {
    expect(statuses(now, 'COAL-375', { '/coalMine/powerCircuits/1/inService': false })).toEqual(['fail']);
    expect(statuses(now, 'COAL-375', { '/coalMine/mineType': '露天', '/coalMine/powerCircuits/1/inService': false })).toEqual(['not-applicable']);
  });

  it('violating-2026-systems fails the rules its header names, each shutdown-level at the producing mine', async () => {
    const violating = await audit('2026-11-20', 'violating-2026-systems.yaml');
    const findings = NEW_RULES.filter((id) => violating.rule(id)).flatMap((id) => run(violating, id, {}));
    const failed = [...new Set(findings.filter((finding) => finding.status === 'fail').map((finding) => finding.ruleId))];
    expect(failed).toEqual(['COAL-351', 'COAL-352', 'COAL-353', 'COAL-355', 'COAL-356', 'COAL-357', 'COAL-358', 'COAL-359', 'COAL-360', 'COAL-361',
      'COAL-363', 'COAL-364', 'COAL-365', 'COAL-366', 'COAL-367', 'COAL-368', 'COAL-369', 'COAL-375', 'COAL-381', 'COAL-382', 'COAL-385', 'COAL-386',
      'COAL-387', 'COAL-389', 'COAL-390', 'COAL-391', 'COAL-392', 'COAL-393', 'COAL-397']);
    expect(findings.filter((finding) => finding.status === 'indeterminate')).toEqual([]);
    expect(findings.filter((finding) => finding.status === 'fail' && finding.severity !== 'shutdown')).toEqual([]);
  });
});
