import { beforeAll, describe, expect, it } from 'vitest';
import type { Verdict } from '../../src/engine/index.js';
import { type AuditRun } from '../../src/report/index.js';
import { reporters } from './all-formats.js';
import { escapeHtml, html, Html } from '../../src/report/util-escape-html.js';
import { sampleRun } from './sample-run.js';

let run: AuditRun;
let page: string;
beforeAll(async () => {
  run = await sampleRun();
  page = reporters.html(run, { lang: 'zh', color: false });
});

/** The markup of one enterprise's section, by its name as written in the page. */
const sectionOf = (html: string, name: string) => {
  const start = html.indexOf(`<section class="page enterprise"`, html.indexOf(`<h2>${name}</h2>`) - 80);
  return html.slice(start, html.indexOf('</section>', start));
};
const single = (index: number, verdict?: Verdict): AuditRun => ({
  ...run,
  inputErrors: [],
  enterprises: [{ ...run.enterprises[index]!, ...(verdict ? { verdict } : {}) }],
});

describe('formatHtml', () => {
  it('given an enterprise named <img src=x onerror=alert(1)>, shows the name as text and makes no element of it', () => {
    expect(page).not.toMatch(/<img/i);
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt; =HYPERLINK(&quot;http://x&quot;)');
    expect(page).not.toContain('onerror=alert(1)>');
  });

  it('given a message with </script>, escapes it, and the page has no script at all', () => {
    const copy = structuredClone(run);
    const finding = copy.enterprises[1]!.findings.find((f) => f.status === 'fail' && f.severity === 'major')!;
    finding.message.zh = '</script><script>alert(1)</script>';
    const html = reporters.html(copy, { lang: 'zh', color: false });
    expect(html).toContain('&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/<\/?script/i);
  });

  it.each([
    ['shutdown', '停产整顿', 'Shut down for rectification'],
    ['major', '重大隐患（挂牌督办）', 'Major hazard (listed supervision)'],
    ['rectify', '限期整改', 'Rectify by deadline'],
    ['compliant', '合格', 'Compliant'],
  ] as const)('given the verdict %s, the banner says %s (%s in English)', (verdict, zh, en) => {
    for (const [lang, text] of [['zh', zh], ['en', en]] as const) {
      const html = reporters.html(single(1, verdict), { lang, color: false });
      expect(html).toMatch(new RegExp(`<div class="verdict verdict-${verdict}" role="status">.*<strong>${text.replace(/[()]/g, '\\$&')}</strong>`));
    }
  });

  it('draws one five-in-place chart per enterprise as inline SVG, a bar and an in-place mark per dimension', () => {
    const charts = page.match(/<svg class="five-in-place"[\s\S]*?<\/svg>/g) ?? [];
    expect(charts).toHaveLength(run.enterprises.length);
    for (const chart of charts) expect(chart.match(/<g class="dimension">/g)).toHaveLength(5);
    expect(charts[0]).toContain('✔ 到位');
    expect(charts[1]).toContain('✖ 未到位');
  });

  it('given several enterprises, opens with the group summary: one row per enterprise with verdict, five marks and counts', () => {
    const summary = page.slice(page.indexOf('<section class="page summary">'), page.indexOf('<section class="page enterprise"'));
    expect(page.indexOf('<section class="page cover">')).toBeLessThan(page.indexOf('<section class="page summary">'));
    expect(summary).toContain('共 4 家企业：停产整顿 1，重大隐患 1，资料不全 0，限期整改 0，合格 1，输入错误 1');
    expect(summary.match(/<tr data-verdict=/g)).toHaveLength(3);
    expect(summary).toMatch(/<tr data-verdict="shutdown"><td><a href="#enterprise-3">山西晋丰精细化工有限公司<\/a>/);
    const compliant = summary.slice(summary.indexOf('<tr data-verdict="compliant">'));
    expect(compliant.match(/mark-in-place/g)?.length).toBeGreaterThanOrEqual(5);
  });

  it('given one enterprise, names it on the cover and has no group summary', () => {
    const html = reporters.html(single(1), { lang: 'zh', color: false });
    expect(html).toContain('<div class="subject">临汾市通达危险货物运输有限公司</div>');
    expect(html).toContain('<title>安全生产合规检查报告 — 临汾市通达危险货物运输有限公司</title>');
    expect(html).not.toContain('集团汇总');
  });

  it('lists shutdown-level and major findings first, in full: what was found, where, the legal basis and the remediation', () => {
    const section = sectionOf(page, '山西晋丰精细化工有限公司');
    const cards = section.slice(section.indexOf('<h3>停产整顿级与重大隐患</h3>'), section.indexOf('<h3>一般问题</h3>'));
    expect(section.indexOf('<h3>停产整顿级与重大隐患</h3>')).toBeGreaterThan(section.indexOf('<svg'));
    expect(cards).toMatch(/<article class="finding shutdown">[\s\S]*<code>GEN-MGT-002<\/code>/);
    expect(cards).toContain('fixtures/<wbr>general/<wbr>violating-licence.yaml:53:3');
    expect(cards).toMatch(/<dt>依据<\/dt><dd><ul><li>安全生产许可证条例/);
    expect(cards).toMatch(/<dt>整改<\/dt><dd>.+<\/dd>/);
  });

  it("gathers the hazard ledger's failed items by hazard — overdue and unreported among them — and lists them once", () => {
    const section = sectionOf(page, '临汾市通达危险货物运输有限公司');
    const ledger = section.slice(section.indexOf('<h3>隐患排查治理台账问题（逾期、未报告等）</h3>'), section.indexOf('<h3>一般问题</h3>'));
    const items = [...ledger.matchAll(/<tr><td class="nowrap">([^<]+)<\/td>/g)].map((m) => m[1]);
    expect(items).toEqual([...items].sort());
    expect(ledger).toMatch(/YH-2026-015[\s\S]*已逾期[\s\S]*GEN-HZ-002/);
    expect(ledger).toMatch(/YH-2026-012[\s\S]*GEN-HZ-005/);
    expect(section.slice(section.indexOf('<h3>一般问题</h3>'))).not.toContain('GEN-HZ-002');
  });

  it('shows waived findings with reason, approver and expiry', () => {
    expect(page).toContain('豁免：验收资料补录中（批准人 集团安全部，有效期至 2027-01-31）');
  });

  it('lists files that could not be checked with their located errors', () => {
    expect(page).toContain('<li><code>fixtures/malformed/bad-date.yaml:13:5 hazards[0].foundOn: 应为日期 YYYY-MM-DD</code></li>');
  });

  it('given --appendix, ends with an appendix of every rule checked, with its basis and results; without it, has none', () => {
    expect(page).not.toContain('<section class="page appendix">');
    const withAppendix = reporters.html(run, { lang: 'zh', color: false, appendix: true });
    const appendix = withAppendix.slice(withAppendix.indexOf('<section class="page appendix">'));
    expect(appendix.match(/<tr data-rule=/g)).toHaveLength(new Set(run.enterprises.flatMap((e) => Object.keys(e.tally))).size);
    expect(appendix).toMatch(/<tr data-rule="GEN-HZ-002">[\s\S]*?不合规 1/);
  });

  it('is self-contained: no script, stylesheet, font or image to fetch, and a policy that forbids them', () => {
    expect(page).toMatch(/^<!DOCTYPE html>\n<html lang="zh-CN">/);
    expect(page).toContain('<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;;');
    const tags = page.match(/<[a-z][^>]*>/gi) ?? [];
    expect(tags.filter((tag) => /^<(link|script|iframe|object|embed|img|base)\b/i.test(tag))).toEqual([]);
    expect(tags.filter((tag) => /\s(src|srcset|href|action|poster|data)=/i.test(tag) && !/^<a href="#[\w-]+">$/.test(tag))).toEqual([]);
    expect(page).not.toMatch(/@import|url\(/);
    expect(page).toContain('@page { size: A4;');
  });

  it('never changes the run', () => {
    const before = JSON.stringify(run);
    reporters.html(run, { lang: 'en', color: false });
    expect(JSON.stringify(run)).toBe(before);
  });

  it('speaks English with --lang en, rule texts from the packs', () => {
    const english = reporters.html(run, { lang: 'en', color: false, appendix: true });
    expect(english).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    for (const words of ['<h1>Work-safety compliance audit</h1>', '<h2>Group summary</h2>', 'Shutdown-level and major findings', 'Appendix: every rule checked', '✖ not in place'])
      expect(english).toContain(words);
    const finding = run.enterprises[1]!.findings.find((f) => f.status === 'fail')!;
    expect(english).toContain(finding.title.en.replace(/"/g, '&quot;').replace(/'/g, '&#39;'));
    expect(english).not.toMatch(/集团汇总|停产整顿级与重大隐患|附录|未到位/);
  });

  it('renders the verdict banner as this markup', () => {
    const banner = reporters.html(single(1), { lang: 'en', color: false }).match(/<div class="verdict[^]*?<\/div>/)![0];
    expect(banner).toMatchInlineSnapshot(`"<div class="verdict verdict-major" role="status"><span class="label">Verdict</span><strong>Major hazard (listed supervision)</strong><span class="note">Major accident hazards: listed for supervision and rectification by deadline</span></div>"`);
  });
});

describe('the html template', () => {
  it.each([
    ['given text, escapes it for content and quoted attributes', html`<p title="${`a"b'c`}">${'<b>&</b>'}</p>`, '<p title="a&quot;b&#39;c">&lt;b&gt;&amp;&lt;/b&gt;</p>'],
    ['given markup it made, keeps it as is', html`<div>${html`<br>`}</div>`, '<div><br></div>'],
    ['given a list, joins its parts, each escaped', html`<ul>${['<a>', html`<li>x</li>`, 3]}</ul>`, '<ul>&lt;a&gt;<li>x</li>3</ul>'],
    ['given nothing (undefined, false), writes nothing', html`[${undefined}${false}]`, '[]'],
    ['given a look-alike object, does not trust it', html`${{ markup: '<i>' } as unknown as string}`, '[object Object]'],
  ] as const)('%s', (_name, made, expected) => {
    expect(made).toBeInstanceOf(Html);
    expect(made.markup).toBe(expected);
  });

  it('escapes the five characters that matter in HTML', () => {
    expect(escapeHtml(`<script>alert("x" + 'y') && 1</script>`)).toBe('&lt;script&gt;alert(&quot;x&quot; + &#39;y&#39;) &amp;&amp; 1&lt;/script&gt;');
  });
});
