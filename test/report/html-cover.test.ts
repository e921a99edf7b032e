import { beforeAll, describe, expect, it } from 'vitest';
import { type AuditRun } from '../../src/report/index.js';
import { reporters } from './all-formats.js';
import { sampleRun } from './sample-run.js';

const META = {
  client: '晋城市某集团有限公司',
  auditor: '王建国（注册安全工程师）',
  firm: '山西安泰安全技术咨询有限公司',
  scope: '生产、储存装置',
  period: { from: '2026-11-16', to: '2026-11-20' },
  signature: '评价机构（盖章）：\n项目负责人（签字）：',
  disclaimer: '结论仅对判定日期当日的资料负责。',
};

let run: AuditRun;
beforeAll(async () => {
  run = { ...(await sampleRun()), generatedAt: '2026-12-04T08:30:00.000Z', reportMeta: META };
});
const cover = (page: string) => page.slice(page.indexOf('<section class="page cover">'), page.indexOf('</section>'));

describe('the signed report: cover and signature', () => {
  it('given report meta, the cover names client, firm, auditor, scope, period, the audit date and the time in China Standard Time', () => {
    const zh = cover(reporters.html(run, { lang: 'zh', color: false }));
    expect(zh).toContain('<div class="subject">晋城市某集团有限公司</div>');
    expect(reporters.html(run, { lang: 'zh', color: false })).toContain('<title>安全生产合规检查报告 — 晋城市某集团有限公司</title>');
    for (const [label, value] of [['评价机构', META.firm], ['评价人员', META.auditor], ['评价范围', META.scope], ['评价期间', '2026-11-16 至 2026-11-20'], ['判定日期', '2026-11-20'], ['报告生成时间', '2026年12月4日 16:30 (北京时间)']] as const) {
      if (value) expect(zh).toContain(`<dt>${label}</dt><dd>${value}</dd>`);
    }
    const en = cover(reporters.html(run, { lang: 'en', color: false }));
    expect(en).toContain('<dt>Report generated</dt><dd>4 December 2026, 16:30 (China Standard Time, UTC+8)</dd>');
  });

  it.each([
    ['2026-12-31T16:00:00Z', '2027年1月1日 00:00 (北京时间)'],
    ['2026-06-30T15:59:59.999Z', '2026年6月30日 23:59 (北京时间)'],
  ])('given generatedAt %s (UTC), shows %s', (generatedAt, shown) => {
    expect(cover(reporters.html({ ...run, generatedAt }, { lang: 'zh', color: false }))).toContain(shown);
  });

  it('lists only the packs that applied to the enterprises, not every bundled pack', () => {
    const zh = cover(reporters.html(run, { lang: 'zh', color: false }));
    const rows = zh.slice(zh.indexOf('<table class="packs">')).match(/<tr><td>/g) ?? [];
    const sectors = new Set(['general', ...run.enterprises.flatMap((e) => e.enterprise.sectors)]);
    expect(rows).toHaveLength(run.packs.filter((pack) => sectors.has(pack.sector)).length);
    expect(run.packs.length).toBeGreaterThan(rows.length);
    expect(zh).not.toContain('煤矿');
  });

  it('ends with the disclaimer and the signature block, line by line', () => {
    const page = reporters.html(run, { lang: 'zh', color: false });
    const signoff = page.slice(page.indexOf('<section class="page flow signoff">'));
    expect(signoff).toContain('<h3>声明</h3><p class="disclaimer">结论仅对判定日期当日的资料负责。</p>');
    expect(signoff).toContain('<div class="signature">评价机构（盖章）：<br>项目负责人（签字）：</div>');
  });

  it('given no report meta, shows no empty facts and no signature block', () => {
    const { reportMeta: _, ...bare } = run;
    const page = reporters.html(bare, { lang: 'zh', color: false });
    expect(page).not.toMatch(/<dt>评价人员<\/dt>|<dt>评价机构<\/dt>|class="page flow signoff"/);
    expect(cover(page)).not.toContain('<dd>—</dd>');
    expect(cover(page)).toContain('<dt>报告生成时间</dt><dd>2026年12月4日 16:30 (北京时间)</dd>');
  });
});

describe('the documents show paths relative to the audited folder and amounts in 元/万元', () => {
  it('given files outside the working directory (absolute paths), shows no absolute path anywhere', () => {
    const absolute = structuredClone(run);
    for (const result of absolute.enterprises) result.file = `/home/zhang/clients/${result.file}`;
    absolute.inputErrors[0]!.file = `/home/zhang/clients/${absolute.inputErrors[0]!.file}`;
    for (const d of absolute.inputErrors[0]!.diagnostics) if (d.location) d.location.file = `/home/zhang/clients/${d.location.file}`;
    absolute.notices = [{ code: 'waiver-unmatched', severity: 'warning', message: { key: 'literal', params: { text: '豁免未匹配' } }, location: { file: '/tmp/group/waivers.yaml', line: 3, column: 5 } }];
    const page = reporters.html(absolute, { lang: 'zh', color: false, appendix: true });
    expect(page).not.toMatch(/\/home\/|\/tmp\//);
    expect(page).toContain('waivers.yaml:3:5');
    expect(page).toContain('general/<wbr>violating-licence.yaml:53:3');
    expect(page).toContain('malformed/bad-date.yaml');
  });

  it('given files with no common folder, names each by its name alone', () => {
    const scattered = structuredClone(run);
    scattered.enterprises.forEach((result, index) => {
      result.file = `${index ? '/srv/b' : '/home/a'}/${result.file}`;
      for (const finding of result.findings) if (finding.location) finding.location.file = result.file;
    });
    const page = reporters.html(scattered, { lang: 'zh', color: false });
    expect(page).not.toMatch(/\/home\/|\/srv\//);
    expect(page).toContain('violating-licence.yaml:53:3');
  });

  it('given fee amounts in a finding, groups thousands and uses 万元 where exact', () => {
    const copy = structuredClone(run);
    const finding = copy.enterprises[1]!.findings.find((f) => f.status === 'fail' && f.severity === 'major')!;
    finding.message = { zh: '应提取 61040000 元，实际仅提取 1234567.5 元，差 12 元', en: 'due 61040000 yuan' };
    expect(reporters.html(copy, { lang: 'zh', color: false })).toContain('应提取 6,104 万元，实际仅提取 1,234,567.50 元，差 12 元');
    expect(reporters.html(copy, { lang: 'en', color: false })).toContain('due 61,040,000 yuan');
  });
});

describe('the five-in-place chart', () => {
  it('draws failures and undecided checks with their counts, and names passes and not-applicable in words, not bars', () => {
    const page = reporters.html(run, { lang: 'zh', color: false });
    const chart = page.match(/<svg class="five-in-place"[\s\S]*?<\/svg>/g)![1]!;
    const rollUp = run.enterprises[1]!.fiveInPlace.find((r) => r.fails.major + r.fails.general > 0)!;
    const row = chart.split('<g class="dimension">').find((part) => part.includes(`>${{ responsibility: '主体责任', management: '基础管理', investment: '安全投入', training: '安全培训', emergency: '应急救援' }[rollUp.dimension]}<`))!;
    expect(row).toContain(`>通过 ${rollUp.counts.pass}　不适用 ${rollUp.counts['not-applicable']}<`);
    if (rollUp.fails.major) expect(row).toMatch(new RegExp(`<title>[^<]*重大 ${rollUp.fails.major}</title>`));
    expect(chart).not.toMatch(/#d7dce2|#2e7d32"><title>/);
    const clean = page.match(/<svg class="five-in-place"[\s\S]*?<\/svg>/g)![0]!;
    expect(clean).toContain('无不合格、无法判定项');
  });
});
