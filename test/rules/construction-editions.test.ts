import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildRuleSet, loadPackFile, reusedValidators, type CompiledRule, type Pack } from '../../src/rules/index.js';
import { ROOT, runMain } from '../e2e/run-cli.js';

// The construction pack encodes 房屋市政工程生产安全重大事故隐患判定标准 in two editions: 建质规〔2022〕2号 from
// 2022-04-19 to 2024-12-12, and 建质规〔2024〕5号 from 2024-12-13. One enterprise, five audit dates on both sides of
// each window edge: which items apply, and which text each finding cites.

const V2022 = '房屋市政工程生产安全重大事故隐患判定标准（2022版）（建质规〔2022〕2号）';
const V2024 = '房屋市政工程生产安全重大事故隐患判定标准（2024版）（建质规〔2024〕5号）';
const ONLY_2022 = ['CON-013', 'CON-020'];
const ONLY_2024 = ['CON-026', 'CON-027', 'CON-028', 'CON-029', 'CON-030', 'CON-031', 'CON-032', 'CON-033', 'CON-034', 'CON-035', 'CON-036', 'CON-037', 'CON-038'];

let packs: Pack[];
let validators: Awaited<ReturnType<typeof reusedValidators>>;
beforeAll(async () => {
  validators = await reusedValidators();
  const files = readdirSync(join(ROOT, 'rules')).filter((file) => file.endsWith('.yaml'));
  packs = await Promise.all(files.map(async (file) => (await loadPackFile(join(ROOT, 'rules', file))).value!));
  expect(packs.every(Boolean)).toBe(true);
});

/** The construction rules in force on a day, built once per day (several tests ask for the same days). */
const byDay = new Map<string, Map<string, CompiledRule>>();
const construction = (asOf: string): Map<string, CompiledRule> => {
  const known = byDay.get(asOf);
  if (known) return known;
  // The build's validator, and only the general and construction packs compiled: the days differ in rules, not schema.
  const { ruleSet, diagnostics } = buildRuleSet(packs, asOf, validators);
  expect(diagnostics).toEqual([]);
  const rules = new Map(ruleSet!.rulesFor(['construction']).filter((rule) => rule.pack.id === 'construction').map((rule) => [rule.id, rule]));
  byDay.set(asOf, rules);
  return rules;
};
const firstCitation = (rules: Map<string, CompiledRule>, id: string) => rules.get(id)!.sources[0]!.text.zh;

interface Finding { ruleId: string; status: string; severity: string; item?: string; basis: string[]; edition?: { id: string; notice?: string } }
const check = async (file: string, asOf: string) => {
  const { code, stdout, stderr } = await runMain(['check', join('fixtures', 'construction', file), '--as-of', asOf, '-f', 'json']);
  expect(stderr).toMatch(/^共 1 家企业：[^\n]*\n$/);
  const report = JSON.parse(stdout) as { enterprises: Array<{ verdict: string; findings: Finding[] }>; packs: Array<{ id: string; version: string; editions: Array<{ id: string }>; notice?: string }> };
  const enterprise = report.enterprises[0]!;
  const failing = [...new Set(enterprise.findings.filter((finding) => finding.status === 'fail').map((finding) => finding.ruleId))].sort();
  return { code, report, verdict: enterprise.verdict, findings: enterprise.findings, failing };
};

describe('construction editions: 建质规〔2022〕2号 until 2024-12-12, 建质规〔2024〕5号 from 2024-12-13', () => {
  it('given 2022-04-18, the day before the 2022 edition, it still decides with the edition-not-yet notice', () => {
    const rules = construction('2022-04-18');
    for (const id of ONLY_2022) expect(rules.has(id)).toBe(true);
    for (const id of ONLY_2024) expect(rules.has(id)).toBe(false);
    expect(firstCitation(rules, 'CON-001')).toBe(`${V2022} 第四条第（二）项（主要负责人未取得安全生产考核合格证书从事相关工作）`);
    expect(rules.get('CON-001')!.edition).toEqual({ id: 'cs2022', notice: { key: 'edition-not-yet', params: { edition: { zh: V2022, en: expect.stringContaining('2022 edition') }, from: '2022-04-19' } } });
    // The secondary-copy citation of Art. 7 is itself windowed: before 2022-04-19 only the edition's item and the
    // 安全生产法 duty are cited.
    expect(rules.get('CON-013')!.sources.map((source) => source.source)).toEqual(['jzg2022', 'aqsc2021']);
  });

  it('given 2022-04-19, the first day of the 2022 edition: its items, its numbering, no notice', () => {
    const rules = construction('2022-04-19');
    for (const id of ONLY_2022) expect(rules.has(id)).toBe(true);
    for (const id of ONLY_2024) expect(rules.has(id)).toBe(false);
    expect(rules.get('CON-001')!.edition).toEqual({ id: 'cs2022' });
    expect(firstCitation(rules, 'CON-016')).toBe(`${V2022} 第八条第（二）项（塔式起重机独立起升高度、附着间距和最高附着以上的最大悬高及垂直度不符合规范要求）`);
    // The edition's item is quoted by the secondary-copy basis (with its wording and marker): cited once.
    expect(rules.get('CON-013')!.sources.map((source) => source.source)).toEqual(['jzg2022s', 'aqsc2021']);
    expect(rules.get('CON-013')!.severity).toBe('major');
  });

  it('given 2024-12-12, the last day of the 2022 edition: the 2022 items still apply and cite 2022', () => {
    const rules = construction('2024-12-12');
    for (const id of ONLY_2022) expect(rules.has(id)).toBe(true);
    for (const id of ONLY_2024) expect(rules.has(id)).toBe(false);
    expect(firstCitation(rules, 'CON-012')).toMatch(new RegExp(`^${V2022} 第七条第（四）项`));
    expect(firstCitation(rules, 'CON-022')).toMatch(new RegExp(`^${V2022} 第十一条第（一）项`));
    expect(rules.get('CON-022')!.edition).toEqual({ id: 'cs2022' });
  });

  it('given 2024-12-13, the 2024 edition decides: dropped items stop, new items start, kept duties cite their 2024 item', () => {
    const rules = construction('2024-12-13');
    for (const id of ONLY_2022) expect(rules.has(id)).toBe(false);
    for (const id of ONLY_2024) expect(rules.get(id)?.severity).toBe('major');
    expect(rules.get('CON-001')!.edition).toEqual({ id: 'cs2024' });
    expect(firstCitation(rules, 'CON-016')).toMatch(new RegExp(`^${V2024} 第八条第（七）项`));
    expect(firstCitation(rules, 'CON-017')).toMatch(new RegExp(`^${V2024} 第八条第（六）项`));
    expect(firstCitation(rules, 'CON-012')).toMatch(new RegExp(`^${V2024} 第七条第（三）项`));
    expect(firstCitation(rules, 'CON-011')).toMatch(new RegExp(`^${V2024} 第四条第（五）项`));
    expect(firstCitation(rules, 'CON-026')).toMatch(new RegExp(`^${V2024} 第十一条第（一）项`));
    // The 2024 text rests on one transcription: its citations carry confidence S. No 2022 text is cited any more.
    for (const rule of rules.values()) {
      expect(rule.sources.map((source) => source.text.zh).join('\n')).not.toContain('2022版');
      if (rule.edition) expect(rule.sources[0]!.confidence).toBe('S');
    }
  });

  it('given 2026-11-20, the 2024 edition still decides; rules of other sources run on every date unchanged', () => {
    const rules = construction('2026-11-20');
    for (const id of ONLY_2022) expect(rules.has(id)).toBe(false);
    for (const id of ONLY_2024) expect(rules.has(id)).toBe(true);
    expect(rules.get('CON-101')!.edition).toBeUndefined();
    for (const day of ['2022-04-18', '2022-04-19', '2024-12-12', '2024-12-13', '2026-11-20']) {
      const onDay = construction(day);
      expect(onDay.get('CON-101')!.sources.map((source) => source.source)).toEqual(['jsgc2003', 'jsgc2003', 'jsgc2003']);
      expect(onDay.has('CON-201') && onDay.has('CON-301')).toBe(true);
    }
  });

  it('counts: 25 standard rules decide 2023, 36 decide 2026; the pack version names the 2024 edition', () => {
    const standard = (rules: Map<string, CompiledRule>) => [...rules.values()].filter((rule) => rule.edition).length;
    expect(standard(construction('2023-11-20'))).toBe(25);
    expect(standard(construction('2026-11-20'))).toBe(36);
    expect(packs.find((pack) => pack.pack === 'construction')!.version).toBe('2024.1');
  });
});

describe('construction fixtures on both sides of 2024-12-13', () => {
  it('compliant-2023 is compliant on 2023-11-20 under the 2022 edition; compliant is compliant on 2026-11-20 under 2024', async () => {
    const old = await check('compliant-2023.yaml', '2023-11-20');
    expect([old.code, old.verdict, old.failing]).toEqual([0, 'compliant', []]);
    expect(old.report.packs.find((pack) => pack.id === 'construction')!.editions.map((edition) => edition.id)).toEqual(['cs2022']);
    const now = await check('compliant.yaml', '2026-11-20');
    expect([now.code, now.verdict, now.failing]).toEqual([0, 'compliant', []]);
    expect(now.report.packs.find((pack) => pack.id === 'construction')!.editions.map((edition) => edition.id)).toEqual(['cs2024']);
  });

  it('violating-major-2024 fails exactly the items its header lists, each citing 2024', async () => {
    const run = await check('violating-major-2024.yaml', '2026-11-20');
    expect(run.verdict).toBe('major');
    expect(run.code).toBe(1);
    expect(run.failing).toEqual(['CON-012', 'CON-026', 'CON-028', 'CON-029', 'CON-030', 'CON-031', 'CON-032', 'CON-033', 'CON-034', 'CON-037', 'CON-038', 'CON-106']);
    for (const finding of run.findings.filter((candidate) => candidate.status === 'fail' && candidate.ruleId !== 'CON-106')) {
      expect(finding.severity).toBe('major');
      expect(finding.basis[0]).toMatch(new RegExp(`^${V2024} 第`));
    }
  });

  it('a climbing scaffold cantilevering 6.3 m is a major hazard on 2024-12-12 and none on 2024-12-13', async () => {
    const before = await check('violating-major-machinery.yaml', '2024-12-12');
    const scaffold = before.findings.find((finding) => finding.ruleId === 'CON-013' && finding.item === 'AS-01')!;
    expect([scaffold.status, scaffold.severity]).toEqual(['fail', 'major']);
    // Cited once, from the secondary copy that quotes the item, with its marker.
    expect(scaffold.basis[0]!.startsWith(`${V2022} 第七条第（五）项（附着式升降脚手架架体悬臂高度大于架体高度的2/5或大于6m）`)).toBe(true);
    const devices = before.findings.find((finding) => finding.ruleId === 'CON-012' && finding.status === 'fail')!;
    expect(devices.basis[0]).toMatch(new RegExp(`^${V2022} 第七条第（四）项`));

    const after = await check('violating-major-machinery.yaml', '2024-12-13');
    expect(after.findings.some((finding) => finding.ruleId === 'CON-013')).toBe(false);
    expect(after.findings.find((finding) => finding.ruleId === 'CON-012' && finding.status === 'fail')!.basis[0]).toMatch(new RegExp(`^${V2024} 第七条第（三）项`));
  });

  it('before 2022-04-19 the findings and the pack carry the edition-not-yet notice; from that day they do not', async () => {
    const early = await check('violating-major-machinery.yaml', '2022-04-18');
    const pack = early.report.packs.find((candidate) => candidate.id === 'construction')!;
    expect(pack.notice).toContain('2022-04-19');
    const finding = early.findings.find((candidate) => candidate.ruleId === 'CON-013' && candidate.status === 'fail')!;
    expect(finding.edition).toEqual({ id: 'cs2022', notice: expect.stringContaining(V2022) });

    const first = await check('violating-major-machinery.yaml', '2022-04-19');
    expect(first.report.packs.find((candidate) => candidate.id === 'construction')!.notice).toBeUndefined();
    expect(first.findings.find((candidate) => candidate.ruleId === 'CON-013' && candidate.status === 'fail')!.edition).toEqual({ id: 'cs2022' });
  });

  it('rules test runs every construction rule over both fixtures and passes', async () => {
    const { code, stdout } = await runMain(['rules', 'test', '--sector', 'construction']);
    expect(stdout).toMatch(/CON-013：\d+ 个示例/);
    expect(stdout).toMatch(/CON-034：\d+ 个示例/);
    expect(stdout).not.toContain('✖');
    expect(code).toBe(0);
  });
});
