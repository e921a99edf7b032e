// The HTML report as a reader sees it, in a real headless Chromium driven by playwright-core, and the PDF
// printed from it, read back with poppler's pdftotext and pdfinfo. Without those programs the browser tests
// skip with what to install — unless SAFETY_AUDIT_REQUIRE_BROWSER=1 (set by .ci/run), which makes them fail.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from './run-cli.js';

const CHROMIUM = process.env.SAFETY_AUDIT_CHROMIUM || '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const INJECTED = '<img src=x onerror=alert(1)>';
const STATE_MARKS: Record<string, string> = { 'in-place': '✔', gap: '✖', undecided: '?' };
const VERDICT_WORDS: Record<string, string> = { shutdown: '停产整顿', major: '重大隐患（挂牌督办）', incomplete: '资料不全', rectify: '限期整改', compliant: '合格' };
const SCREENSHOTS = join(ROOT, 'test-output');

const runs = (program: string, args: string[]) => !spawnSync(program, args).error;
const missing = [
  existsSync(CHROMIUM) ? undefined : `Chromium (${CHROMIUM})`,
  runs('fc-list', ['--version']) && spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' }).stdout.trim() ? undefined : 'a CJK font',
  runs('pdftotext', ['-v']) && runs('pdfinfo', ['-v']) ? undefined : 'pdftotext and pdfinfo',
].filter((what): what is string => what !== undefined);
const why = `needs ${missing.join(', ')}: apt-get install chromium fonts-noto-cjk poppler-utils (or set SAFETY_AUDIT_CHROMIUM to a Chromium)`;

interface JsonEnterprise {
  enterprise: { name: string };
  verdict: string;
  fiveInPlace: { inPlace: boolean; state: string }[];
  findings: { status: string; severity: string }[];
  tally: Record<string, { pass?: number }>;
}

describe('the html and pdf reports, as a reader sees them', () => {
  if (missing.length > 0) {
    if (process.env.SAFETY_AUDIT_REQUIRE_BROWSER === '1') it('has a browser to test in (SAFETY_AUDIT_REQUIRE_BROWSER=1)', () => expect.fail(why));
    else {
      console.warn(`html-browser tests skipped: ${why}`);
      it.skip(`skipped: ${why}`, () => {});
    }
    return;
  }

  const dir = mkdtempSync(join(tmpdir(), 'html-report-'));
  let enterprises: JsonEnterprise[] = [];
  beforeAll(() => {
    const compliant = readFileSync(join(ROOT, 'fixtures/general/compliant.yaml'), 'utf8');
    writeFileSync(join(dir, 'injected.yaml'), compliant.replace(/^ {2}name: .*$/m, `  name: ${JSON.stringify(INJECTED)}`));
    const outputs = ['html:r.html', 'pdf:r.pdf', 'json:r.json'].map((spec) => `${spec.split(':')[0]}:${join(dir, spec.split(':')[1]!)}`);
    const { stderr } = runCli(['check', 'fixtures/general', join(dir, 'injected.yaml'), '--as-of', '2026-11-20', ...outputs.flatMap((o) => ['-f', o])], {
      env: { SAFETY_AUDIT_CHROMIUM: CHROMIUM },
    });
    expect(stderr).not.toMatch(/safety-audit:|internal error/);
    expect(readdirSync(dir).sort()).toEqual(['injected.yaml', 'r.html', 'r.json', 'r.pdf']);
    enterprises = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')).enterprises;
    expect(enterprises.map((e) => e.enterprise.name)).toContain(INJECTED);
  }, 120_000);

  it('shows every verdict, the counts and a chart; the injected name is text, no element, and nothing runs or loads', async () => {
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    try {
      const page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
      const dialogs: string[] = [];
      const requests: string[] = [];
      page.on('dialog', (dialog) => void (dialogs.push(dialog.message()), dialog.dismiss()));
      page.on('request', (request) => void requests.push(request.url()));
      const url = pathToFileURL(join(dir, 'r.html')).href;
      await page.goto(url, { waitUntil: 'load' });

      expect(await page.locator('section.enterprise .verdict strong').allInnerTexts()).toEqual(enterprises.map((e) => VERDICT_WORDS[e.verdict]));
      const rows = await page.locator('table.group-summary tbody tr').evaluateAll((trs) => trs.map((tr) => [...(tr as HTMLTableRowElement).cells].map((td) => td.innerText.trim())));
      expect(rows).toEqual(enterprises.map(summaryRow));
      const charts = page.locator('svg.five-in-place');
      expect(await charts.count()).toBe(enterprises.length);
      expect((await charts.first().boundingBox())!.width).toBeGreaterThan(400);
      expect(await page.locator('svg.five-in-place g.dimension').count()).toBe(5 * enterprises.length);

      expect(await page.getByText(INJECTED, { exact: true }).first().isVisible()).toBe(true);
      expect(await page.locator('img').count()).toBe(0);
      expect(await page.locator('img[src=x], [onerror]').count()).toBe(0);
      await page.waitForTimeout(300);
      expect(dialogs).toEqual([]);
      expect(requests).toEqual([url]);

      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.locator('section.summary').screenshot({ path: join(SCREENSHOTS, 'html-summary.png') });
      await page.locator('section.enterprise').filter({ has: page.locator('.verdict-major, .verdict-shutdown') }).first().screenshot({ path: join(SCREENSHOTS, 'html-enterprise.png') });
      await page.locator('section.enterprise').filter({ hasText: INJECTED }).screenshot({ path: join(SCREENSHOTS, 'html-injected-name.png') });
    } finally {
      await browser.close();
    }
  }, 60_000);

  it('prints A4 pages: cover, group summary, each enterprise from a new page with its verdict, then the appendix', () => {
    const info = spawnSync('pdfinfo', [join(dir, 'r.pdf')], { encoding: 'utf8' }).stdout;
    expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 84[12]\.\d+ pts \(A4\)/);
    const pageCount = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    const text = spawnSync('pdftotext', ['-layout', join(dir, 'r.pdf'), '-'], { encoding: 'utf8' }).stdout;
    const pages = text.split('\f').slice(0, pageCount).map((page) => page.trim());
    expect(pages).toHaveLength(pageCount);
    expect(pageCount).toBeGreaterThanOrEqual(1 + 1 + enterprises.length + 1);
    expect(pages[0]).toMatch(/^安全生产合规检查报告\s+\d+ 家企业/);
    expect(pages[1]).toMatch(/^集团汇总/);
    expect(text).toContain('停产整顿');
    let previous = 1;
    for (const { enterprise, verdict } of enterprises) {
      const at = pages.findIndex((page, index) => index > previous && page.startsWith(enterprise.name));
      expect(at, `${enterprise.name} starts a page after page ${previous + 1}`).toBeGreaterThan(previous);
      expect(pages[at]).toContain(VERDICT_WORDS[verdict]);
      previous = at;
    }
    expect(pages.findIndex((page) => page.startsWith('附录：检查的全部规则'))).toBeGreaterThan(previous);
    expect(pages.at(-1)).toMatch(new RegExp(`${pageCount} / ${pageCount}$`));
  });
});

describe('-f pdf without a browser', () => {
  it('given no Chromium, exits 2 naming the fix, and writes no file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'html-report-'));
    const args = ['check', 'fixtures/general/compliant.yaml', '--as-of', '2026-11-20', '-f', `html:${dir}/r.html`, '-f', `pdf:${dir}/r.pdf`];
    const zh = runCli(args, { env: { SAFETY_AUDIT_CHROMIUM: join(dir, 'no-chromium') } });
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain('无法生成 PDF：未找到 Chromium');
    expect(zh.stderr).toContain('apt-get install chromium fonts-noto-cjk');
    const en = runCli([...args, '--lang', 'en'], { env: { SAFETY_AUDIT_CHROMIUM: join(dir, 'no-chromium') } });
    expect(en.stderr).toContain('set SAFETY_AUDIT_CHROMIUM');
    expect(readdirSync(dir)).toEqual([]);
  }, 30_000);

  it('given -f pdf with no file, refuses: a PDF never goes to standard output', () => {
    const { code, stdout, stderr } = runCli(['check', 'fixtures/general/compliant.yaml', '-f', 'pdf']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('pdf 只能写入文件：请用 -f pdf:报告.pdf');
  });
});

/** What a reader should see in an enterprise's summary row, from the JSON report of the same run. */
function summaryRow({ enterprise, verdict, fiveInPlace, findings, tally }: JsonEnterprise & { enterprise: { creditCode?: string } }): string[] {
  const count = (test: (f: JsonEnterprise['findings'][number]) => boolean) => String(findings.filter(test).length);
  return [
    `${enterprise.name}\n${enterprise.creditCode}`,
    VERDICT_WORDS[verdict]!,
    ...fiveInPlace.map((d) => STATE_MARKS[d.state]!),
    ...['shutdown', 'major', 'general'].map((severity) => count((f) => f.status === 'fail' && f.severity === severity)),
    count((f) => f.status === 'indeterminate' && f.severity !== 'advisory'),
    String(Object.values(tally).reduce((sum, counts) => sum + (counts.pass ?? 0), 0)),
  ];
}
