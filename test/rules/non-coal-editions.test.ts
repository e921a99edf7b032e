// The non-coal pack judges each audit date by the major-hazard standard then in force: 安监总管一〔2017〕98号
// until 2022-08-31, 矿安〔2022〕88号 from 2022-09-01, and from 2024-04-23 also its supplement 矿安〔2024〕41号.
// One enterprise — breaking items of all three texts at once — is audited on both sides of each window edge.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { buildRuleSet, loadPackFile, reusedValidators } from '../../src/rules/index.js';
import { ROOT, runMain } from '../e2e/run-cli.js';

const S98 = '金属非金属矿山重大生产安全事故隐患判定标准（试行）（安监总管一〔2017〕98号）';
const S88 = '金属非金属矿山重大事故隐患判定标准（矿安〔2022〕88号）';
const S41 = '金属非金属矿山重大事故隐患判定标准补充情形（矿安〔2024〕41号）';

interface Finding {
  ruleId: string;
  pack: string;
  status: string;
  basis: string[];
  edition?: { id: string; notice?: string };
}

// violating-supplement.yaml (88号 met, every 41号 situation broken) plus facts that only 98号 made hazards or that
// 88号 judges differently: the lowest collar exactly 1 m above the historic flood level without protection, a
// 45 m sunken pit without flood works, a blast in a thunderstorm and dump 1 graded 危险级.
let file: string;
beforeAll(() => {
  const data = parse(readFileSync(join(ROOT, 'fixtures/non-coal-mine/violating-supplement.yaml'), 'utf8'));
  const mine = data.nonCoalMine.undergroundMines[0];
  Object.assign(mine, { lowestCollarElevation: 1280.5, historicFloodLevel: 1279.5, floodProtectionBuilt: false });
  data.nonCoalMine.openPits[0].floodWorksBuilt = false;
  data.nonCoalMine.blastingLog[1].weather = '雷雨';
  data.nonCoalMine.dumps[0].grade = '危险级';
  file = join(mkdtempSync(join(tmpdir(), 'ncm-editions-')), 'enterprise.yaml');
  writeFileSync(file, stringify(data));
});

const audits = new Map<string, Finding[]>();
async function audit(asOf: string): Promise<Finding[]> {
  if (!audits.has(asOf)) {
    const { stdout, stderr } = await runMain(['check', file, '--as-of', asOf, '-f', 'json', '--include-passes']);
    const json = JSON.parse(stdout || stderr);
    audits.set(asOf, (json.enterprises[0].findings as Finding[]).filter((finding) => finding.pack === 'non-coal-mine'));
  }
  return audits.get(asOf)!;
}
const failing = async (asOf: string) => (await audit(asOf)).filter((finding) => finding.status === 'fail').map((finding) => finding.ruleId);
const cited = async (asOf: string, ruleId: string) => (await audit(asOf)).find((finding) => finding.ruleId === ruleId)?.basis ?? [];

// What only one edition makes a hazard, and which rule says so.
const ONLY_98 = ['NCM-018', 'NCM-050', 'NCM-051', 'NCM-052'];
const ONLY_88 = ['NCM-132'];
const ONLY_41 = ['NCM-161', 'NCM-162', 'NCM-163', 'NCM-164', 'NCM-165', 'NCM-166', 'NCM-167', 'NCM-168'];

describe('non-coal mine editions: the standard in force on the audit date decides', () => {
  it.each(['2021-06-30', '2022-08-31'])('given %s, 98号 decides: its items fail, no 88号 or 41号 rule runs, every citation is 98号', async (asOf) => {
    const fails = await failing(asOf);
    expect(fails).toEqual(expect.arrayContaining(ONLY_98));
    // The collar exactly 1 m above the flood level is "1米以下" under 98号 一（八）.
    expect(await cited(asOf, 'NCM-018')).toEqual([`${S98} 一（八） [转引]`, expect.stringContaining('第四十一条第二款')]);
    expect(await cited(asOf, 'NCM-051')).toEqual([`${S98} 二（十一） [转引]`, expect.stringContaining('第四十一条第二款')]);
    const ran = (await audit(asOf)).map((finding) => finding.ruleId);
    for (const id of [...ONLY_88, ...ONLY_41, 'NCM-106', 'NCM-141']) expect(ran).not.toContain(id);
    const basis = (await audit(asOf)).flatMap((finding) => finding.basis);
    expect(basis.filter((text) => text.includes('88号') || text.includes('41号'))).toEqual([]);
    expect((await audit(asOf)).filter((finding) => finding.edition).every((finding) => finding.edition!.id === 'nm2017' && !finding.edition!.notice)).toBe(true);
  });

  it.each(['2022-09-01', '2024-04-22'])('given %s, 88号 alone decides: 98号-only items are gone, 88号 items cite 88号, 41号 not yet', async (asOf) => {
    const fails = await failing(asOf);
    const ran = (await audit(asOf)).map((finding) => finding.ruleId);
    for (const id of [...ONLY_98, ...ONLY_41]) expect(ran).not.toContain(id);
    expect(fails).toEqual(expect.arrayContaining(ONLY_88));
    // "未达到…1米以上": exactly 1 m reaches the line — the same collar passes under 88号 一（八）.
    expect((await audit(asOf)).find((finding) => finding.ruleId === 'NCM-106')!.status).toBe('pass');
    expect(await cited(asOf, 'NCM-132')).toEqual([`${S88} 二（十） [转引]`, expect.stringContaining('第四十一条第二款')]);
    // A duty in both editions is one rule, now citing its 88号 item.
    expect(await cited(asOf, 'NCM-023')).toEqual([`${S88} 一（十二） [转引]`, expect.stringContaining('第四十一条第二款')]);
    const basis = (await audit(asOf)).flatMap((finding) => finding.basis);
    expect(basis.filter((text) => text.includes('98号') || text.includes('41号'))).toEqual([]);
  });

  it.each(['2024-04-23', '2026-11-20'])('given %s, 88号 and the 41号 supplement decide together', async (asOf) => {
    const fails = await failing(asOf);
    expect(fails).toEqual(expect.arrayContaining([...ONLY_88, ...ONLY_41, 'NCM-023']));
    const ran = (await audit(asOf)).map((finding) => finding.ruleId);
    for (const id of ONLY_98) expect(ran).not.toContain(id);
    expect(await cited(asOf, 'NCM-161')).toEqual([`${S41} 一（一） [转引]`, expect.stringContaining('第四十一条第二款')]);
    expect(await cited(asOf, 'NCM-167')).toEqual([`${S41} 三（一） [转引]`, expect.stringContaining('第四十一条第二款')]);
    expect(await cited(asOf, 'NCM-010')).toEqual([`${S88} 一（一）1、2 [转引]`, expect.stringContaining('第四十一条第二款')]);
    const basis = (await audit(asOf)).flatMap((finding) => finding.basis);
    expect(basis.filter((text) => text.includes('98号'))).toEqual([]);
    const editions = new Set((await audit(asOf)).flatMap((finding) => (finding.edition ? [finding.edition.id] : [])));
    expect([...editions].sort()).toEqual(['nm2022', 'nm2024s']);
  });
});

describe('non-coal mine editions: the pack', async () => {
  const { value: pack } = await loadPackFile(join(ROOT, 'rules/non-coal-mine.yaml'));

  it('declares 98号 until 2022-08-31 (replaced by 88号), 88号 from 2022-09-01 and 41号 from 2024-04-23', () => {
    expect(pack!.editions!.map(({ id, from, until }) => [id, from, until])).toEqual([
      ['nm2017', '2017-09-01', '2022-08-31'],
      ['nm2022', '2022-09-01', undefined],
      ['nm2024s', '2024-04-23', undefined],
    ]);
    expect(pack!.editions![0]!.replacedBy!.zh).toBe(S88);
    expect(pack!.version).toBe('2024.1');
  });

  let validators: Awaited<ReturnType<typeof reusedValidators>> | undefined;
  it.each([
    ['2022-08-31', ['nm2017']],
    ['2022-09-01', ['nm2022']],
    ['2024-04-22', ['nm2022']],
    ['2024-04-23', ['nm2022', 'nm2024s']],
  ])('given %s, the editions in force are %j', async (asOf, ids) => {
    // One validator for the four days: they differ in editions, not in schema.
    const { ruleSet } = buildRuleSet([pack!], asOf, (validators ??= await reusedValidators()));
    expect(ruleSet!.editions[0]!.editions.map((edition) => edition.id)).toEqual(ids);
    expect(ruleSet!.editions[0]!.notice).toBeUndefined();
  });

  it('maps every rule of the standard to its items; rules from laws and the notice name no edition', () => {
    const byId = Object.fromEntries(pack!.rules.map((rule) => [rule.id, rule.editions]));
    // persisting duties: one rule, both items
    expect(byId['NCM-010']).toEqual({ nm2017: '一（一）', nm2022: '一（一）1、2' });
    expect(byId['NCM-021']).toEqual({ nm2017: '一（十一）', nm2022: '一（十三）2' });
    expect(byId['NCM-061']).toEqual({ nm2017: '三（三）', nm2022: '三（三）' });
    // dropped or changed by 88号: 98号 only, the 88号 reading in its own rule
    for (const id of ['NCM-014', 'NCM-015', 'NCM-016', 'NCM-018', 'NCM-033', 'NCM-034', 'NCM-043', 'NCM-050', 'NCM-051', 'NCM-052', 'NCM-066']) expect(Object.keys(byId[id]!)).toEqual(['nm2017']);
    for (const id of ['NCM-001', 'NCM-002', 'NCM-003', 'NCM-080', 'NCM-081', 'NCM-082', 'NCM-083', 'NCM-084', 'NCM-085', 'NCM-086', 'NCM-087', 'NCM-090']) expect(byId[id]).toBeUndefined();
    for (const id of ONLY_41) expect(Object.keys(byId[id]!)).toEqual(['nm2024s']);
  });

  it('no 41号 rule is above major and each is major (items tagged [S], none [U])', () => {
    const supplement = pack!.rules.filter((rule) => rule.editions?.nm2024s);
    expect(supplement.map((rule) => rule.severity)).toEqual(Array(8).fill('major'));
  });
});

describe('non-coal mine editions: rules test', () => {
  it('runs each edition\'s rules over its own fixture — 98号 rules on the 2021 one — and passes', async () => {
    const { code, stdout } = await runMain(['rules', 'test', '--sector', 'non-coal-mine', '--lang', 'en']);
    expect(stdout).not.toContain('✖');
    expect(code).toBe(0);
    // NCM-018 is in force only on the 2021 fixture's date, NCM-106 only on the 2026 one: both are tested.
    expect(stdout).toMatch(/✔ NCM-018: \d+ examples/);
    expect(stdout).toMatch(/✔ NCM-106: \d+ examples/);
    expect(stdout).toMatch(/✔ NCM-168: \d+ examples/);
  });
});
