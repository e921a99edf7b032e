// The law in force on the audit date, for the packs of fire safety, road transport and every enterprise:
// GB 35181-2017 decides until 2025-10-31 and, with no later edition encoded, still decides from 2025-11-01
// with the notice on every GB 35181 finding and on each report; sources repealed or not yet in force are cited
// only inside their windows. Each window edge is checked on its last day and the day after.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { translate } from '../../src/i18n/index.js';
import { loadRuleSet, type RuleSet } from '../../src/rules/index.js';
import { bundledPackFiles } from '../../src/cli/package-info.js';
import { ROOT, runMain } from '../e2e/run-cli.js';

const NOTICE = '按 GB 35181-2017《重大火灾隐患判定方法》 判定；该标准已于 2025-11-01 被 GB 35181-2025《重大火灾隐患判定规则》 代替，尚未按新版复核';
const GB = 'GB 35181-2017《重大火灾隐患判定方法》';

const ruleSets = new Map<string, RuleSet>();
async function ruleSetOn(asOf: string): Promise<RuleSet> {
  if (!ruleSets.has(asOf)) ruleSets.set(asOf, (await loadRuleSet(bundledPackFiles(), asOf)).ruleSet!);
  return ruleSets.get(asOf)!;
}
// Only the packs whose rules are asked for here are compiled for a day: general, fire safety and road transport.
const rulesOn = async (asOf: string) => (await ruleSetOn(asOf)).rulesFor(['fire-safety', 'road-transport']);
const rule = async (asOf: string, id: string) => (await rulesOn(asOf)).find((candidate) => candidate.id === id);
const cited = async (asOf: string, id: string) => (await rule(asOf, id))!.sources.map((source) => source.text.zh);
const applied = async (asOf: string, pack: string) => (await ruleSetOn(asOf)).editions.find((candidate) => candidate.pack === pack);

describe('fire safety: GB 35181-2017 (gb2017) until 2025-10-31', () => {
  it('on 2025-10-31 it is in force: FIRE-001 cites 6.1 of the 2017 edition, with no notice', async () => {
    expect(await applied('2025-10-31', 'fire-safety')).toEqual({ pack: 'fire-safety', editions: [expect.objectContaining({ id: 'gb2017', until: '2025-10-31' })] });
    expect((await rule('2025-10-31', 'FIRE-001'))!.edition).toEqual({ id: 'gb2017' });
    expect(await cited('2025-10-31', 'FIRE-001')).toEqual([
      `${GB} 6.1（生产、储存、装卸易燃易爆危险品的工厂、仓库和专用车站、码头、储罐区未设在城市边缘或相对独立的安全地带）`,
      '中华人民共和国消防法（2021年修正） 第二十二条第一款',
    ]);
  });

  it('on 2025-11-01 it still decides, and the pack and every GB 35181 rule carry the notice naming GB 35181-2025', async () => {
    const fire = await applied('2025-11-01', 'fire-safety');
    expect(fire!.editions.map((edition) => edition.id)).toEqual(['gb2017']);
    expect(translate('zh', fire!.notice!)).toBe(NOTICE);
    const rules = (await rulesOn('2025-11-01')).filter((candidate) => candidate.pack.id === 'fire-safety');
    const standard = rules.filter((candidate) => Number(candidate.id.slice(5)) <= 14);
    expect(standard.map((candidate) => candidate.id)).toHaveLength(14);
    for (const candidate of standard) expect(translate('zh', candidate.edition!.notice!)).toBe(NOTICE);
    expect(await cited('2025-11-01', 'FIRE-005')).toContain(`${GB} 6.5（公共娱乐场所、商店、地下人员密集场所安全出口数量不足或总净宽度小于规定值的80%）`);
  });

  it('the Fire Protection Law duties follow no edition: FIRE-015 runs on both days without a notice', async () => {
    for (const asOf of ['2025-10-31', '2025-11-01']) expect((await rule(asOf, 'FIRE-015'))!.edition).toBeUndefined();
  });

  it('a composite rule from a secondary copy cites its gb2017 item once, with the wording marked secondary and, from 2025-11-01, repealed', async () => {
    const on = async (asOf: string) => (await rule(asOf, 'FIRE-012'))!.sources.map(({ text, confidence, repealedOn }) => ({ text: text.zh, confidence, repealedOn }));
    const wording = `${GB} 5.3.3 b)（易燃易爆危险品场所存在7.1.1～7.1.3和7.4.5、7.4.6规定的综合判定要素3条以上（含本数））`;
    expect(await on('2025-10-31')).toEqual([{ text: wording, confidence: 'S', repealedOn: undefined }]);
    expect(await on('2025-11-01')).toEqual([{ text: wording, confidence: 'S', repealedOn: '2025-11-01' }]);
  });

  it('a law duty citing a GB 35181 element beside the statute drops the element from 2025-11-01 (FIRE-030)', async () => {
    expect((await cited('2025-10-31', 'FIRE-030')).at(-1)).toBe(`${GB} 7.2.3、7.3.1～7.3.5`);
    expect((await cited('2025-11-01', 'FIRE-030')).some((text) => text.startsWith('GB 35181'))).toBe(false);
  });

  it('the Fire Protection Law (2021 amendment) is cited from 2021-04-29, the day the amendment took effect', async () => {
    expect(await cited('2021-04-28', 'FIRE-041')).toEqual(['山西省人民政府关于做好2021年安全生产工作的通知（晋政发〔2021〕1号） 消防专项整治（推动彩钢板建筑消防安全综合治理）']);
    expect(await cited('2021-04-29', 'FIRE-041')).toHaveLength(2);
  });
});

describe('road transport: the 2023 major-hazard criteria (yh2023) from 2023-10-01', () => {
  it('on 2023-09-30 the criteria are not yet in force: RT-033 still runs, with the notice saying so', async () => {
    const road = await applied('2023-09-30', 'road-transport');
    expect(road!.notice).toMatchObject({ key: 'edition-not-yet', params: { from: '2023-10-01' } });
    expect(translate('zh', (await rule('2023-09-30', 'RT-033'))!.edition!.notice!)).toContain('判定日期早于其施行日期 2023-10-01');
  });

  it('on 2023-10-01 they decide: RT-033, RT-034 and RT-021 cite their item, with no notice', async () => {
    expect((await applied('2023-10-01', 'road-transport'))!.notice).toBeUndefined();
    for (const id of ['RT-021', 'RT-033', 'RT-034']) expect((await rule('2023-10-01', id))!.edition).toEqual({ id: 'yh2023' });
    expect((await cited('2023-10-01', 'RT-034'))[0]).toBe(
      '道路运输企业和城市客运企业安全生产重大事故隐患判定标准（试行）（交通运输部，2023年） 第四条第（一）项（800公里以上道路客运班线所属客运车辆未按规定执行凌晨2时至5时停车休息或接驳运输）',
    );
  });

  it('a licence rule cites the criteria beside the statute only from 2023-10-01 (RT-001)', async () => {
    const criteria = async (asOf: string) => (await cited(asOf, 'RT-001')).filter((text) => text.startsWith('道路运输企业和城市客运企业'));
    expect(await criteria('2023-09-30')).toEqual([]);
    expect(await criteria('2023-10-01')).toHaveLength(1);
  });

  it('the Road Traffic Safety Law (2021 amendment) is cited from 2021-04-29 (RT-019)', async () => {
    const law = async (asOf: string) => (await cited(asOf, 'RT-019')).filter((text) => text.startsWith('中华人民共和国道路交通安全法（2021年修正）'));
    expect(await law('2021-04-28')).toEqual([]);
    expect((await law('2021-04-29')).length).toBeGreaterThan(0);
  });
});

describe('general: the statutes in force on the audit date', () => {
  it('安全生产法 (2021 amendment) from 2021-09-01 and 财资〔2022〕136号 from 2022-11-21 (GEN-INV-001)', async () => {
    const law = '中华人民共和国安全生产法（2021年修正） 第二十三条第二款';
    const fee = (texts: string[]) => texts.filter((text) => text.startsWith('企业安全生产费用提取和使用管理办法（财资〔2022〕136号）'));
    expect(await cited('2021-08-31', 'GEN-RESP-001')).not.toContain('中华人民共和国安全生产法（2021年修正） 第五条');
    expect(await cited('2021-09-01', 'GEN-RESP-001')).toContain('中华人民共和国安全生产法（2021年修正） 第五条');
    expect(await cited('2022-11-20', 'GEN-INV-001')).toEqual([law]);
    expect(fee(await cited('2022-11-21', 'GEN-INV-001'))).toHaveLength(1);
  });

  it('安全生产责任保险实施办法: 140号 until 2025-03-28, 应急〔2025〕27号 from 2025-03-29 (GEN-INV-003)', async () => {
    const insurance = async (asOf: string) => (await cited(asOf, 'GEN-INV-003')).filter((text) => text.startsWith('安全生产责任保险实施办法'));
    expect(await insurance('2025-03-28')).toEqual(['安全生产责任保险实施办法（安监总办〔2017〕140号，2025年3月29日废止） 第六条']);
    expect(await insurance('2025-03-29')).toEqual(['安全生产责任保险实施办法（应急〔2025〕27号） 第二条']);
  });
});

describe('every report says which editions decided each enterprise', () => {
  const fixture = join('fixtures', 'fire-safety', 'violating-major-crowded.yaml');
  /** One run writing the table to stdout and JSON, SARIF and HTML to files, as a consultant would. */
  async function check(asOf: string) {
    const dir = mkdtempSync(join(tmpdir(), 'fire-editions-'));
    try {
      const out = (name: string) => join(dir, name);
      const run = await runMain(['check', fixture, '--as-of', asOf, '--fail-on', 'none', '-f', 'table', '-f', `json:${out('r.json')}`, '-f', `sarif:${out('r.sarif')}`, '-f', `html:${out('r.html')}`], { cwd: ROOT });
      expect(run.code).toBe(0);
      return { table: run.stdout, json: readFileSync(out('r.json'), 'utf8'), sarif: readFileSync(out('r.sarif'), 'utf8'), html: readFileSync(out('r.html'), 'utf8') };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it('on 2026-12-01 the notice is in the table, and in the JSON, SARIF and HTML both for the run and for the enterprise', async () => {
    const reports = await check('2026-12-01');
    expect(reports.table).toContain(NOTICE);
    const json = JSON.parse(reports.json);
    expect(json.packs.find((pack: { id: string }) => pack.id === 'fire-safety')).toMatchObject({ version: '2017.1', notice: NOTICE });
    expect(json.enterprises[0].editions).toEqual([{ pack: 'fire-safety', editions: [{ id: 'gb2017', citation: GB, until: '2025-10-31' }], notice: NOTICE }]);
    expect(json.enterprises[0].findings.find((finding: { ruleId: string }) => finding.ruleId === 'FIRE-005').edition).toEqual({ id: 'gb2017', notice: NOTICE });
    const sarif = JSON.parse(reports.sarif);
    expect(sarif.runs[0].properties.enterprises[0].editions).toEqual([{ pack: 'fire-safety', editions: [GB], notice: NOTICE }]);
    expect(sarif.runs[0].results.find((result: { ruleId: string }) => result.ruleId === 'FIRE-005').properties).toMatchObject({ edition: 'gb2017', editionNotice: NOTICE });
    expect(reports.html).toContain(`<dt>判定依据版本</dt><dd class="editions">${GB}<div class="edition-notice">⚠ ${NOTICE}</div></dd>`);
  });

  it('on 2025-10-31 the same enterprise is judged by gb2017 with no notice anywhere', async () => {
    const reports = await check('2025-10-31');
    for (const text of Object.values(reports)) expect(text).not.toContain('尚未按新版复核');
    expect(JSON.parse(reports.json).enterprises[0].editions).toEqual([{ pack: 'fire-safety', editions: [{ id: 'gb2017', citation: GB, until: '2025-10-31' }] }]);
    expect(reports.html).toContain(`<dt>判定依据版本</dt><dd class="editions">${GB}</dd>`);
  });
});
