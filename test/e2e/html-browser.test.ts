// The HTML report as a reader sees it, in a real headless Chromium driven by playwright-core, and the PDF
// printed from it, read back with poppler's pdftotext and pdfinfo. Without those programs the browser tests
// skip with what to install — unless SAFETY_AUDIT_REQUIRE_BROWSER=1 (set by .ci/run), which makes them fail.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, type BrowserContext, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runMain } from './run-cli.js';
import { fontsDrawing, inkPerPage, run, tablesWiderThanPage } from './page-layout.js';

const CHROMIUM = process.env.SAFETY_AUDIT_CHROMIUM || '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const INJECTED = '<img src=x onerror=alert(1)>';
const STATE_MARKS: Record<string, string> = { 'in-place': '✔', gap: '✖', undecided: '?' };
const VERDICT_WORDS: Record<string, string> = { shutdown: '停产整顿', major: '重大隐患（挂牌督办）', incomplete: '资料不全', rectify: '限期整改', compliant: '合格' };
const SCREENSHOTS = join(ROOT, 'test-output');
/**
 * A page (but the last) whose ink ends in its top 40% is near-empty. An enterprise's opening block (name,
 * facts, verdict, chart: about 45% of a page) is never split, so the page before one can end half full.
 */
const MIN_DEPTH = 0.4;

const runs = (program: string, args: string[]) => !spawnSync(program, args).error;
const missing = [
  existsSync(CHROMIUM) ? undefined : `Chromium (${CHROMIUM})`,
  runs('fc-list', ['--version']) && spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' }).stdout.trim() ? undefined : 'a CJK font',
  ['pdftotext', 'pdfinfo', 'pdftoppm', 'pdffonts'].every((program) => runs(program, ['-v'])) ? undefined : 'pdftotext, pdfinfo, pdftoppm and pdffonts',
].filter((what): what is string => what !== undefined);
const why = `needs ${missing.join(', ')}: apt-get install chromium fonts-noto-cjk poppler-utils (or set SAFETY_AUDIT_CHROMIUM to a Chromium)`;

interface JsonEnterprise {
  enterprise: { name: string };
  verdict: string;
  fiveInPlace: { inPlace: boolean; state: string }[];
  findings: { status: string; severity: string }[];
  tally: Record<string, { pass?: number }>;
}

if (missing.length > 0) {
  describe('the html and pdf reports, as a reader sees them', () => {
    if (process.env.SAFETY_AUDIT_REQUIRE_BROWSER === '1') it('has a browser to test in (SAFETY_AUDIT_REQUIRE_BROWSER=1)', () => expect.fail(why));
    else {
      console.warn(`html-browser tests skipped: ${why}`);
      it.skip(`skipped: ${why}`, () => {});
    }
  });
} else {
  // Both reports are printed, and the browser the tests read them in is started, at once; then the tests, each
  // reading its own files or its own page, run side by side.
  describe.concurrent('in a real browser', () => {
    const group = mkdtempSync(join(tmpdir(), 'html-report-'));
    const signed = mkdtempSync(join(tmpdir(), 'signed-report-'));
    let enterprises: JsonEnterprise[] = [];
    let browser: Browser | undefined;
    let context: BrowserContext;
    beforeAll(async () => {
      const launched = chromium.launch({ executablePath: CHROMIUM, args: ARGS }).then(async (started) => {
        browser = started;
        context = await started.newContext();
      });
      const printed = await Promise.allSettled([printGroupReport(group), printSignedReport(signed), launched]);
      for (const result of printed) if (result.status === 'rejected') throw result.reason;
      enterprises = (printed[0] as PromiseFulfilledResult<JsonEnterprise[]>).value;
    }, 120_000);
    afterAll(async () => {
      await browser?.close();
    });

    describe('the html and pdf reports, as a reader sees them', () => {
      it('shows every verdict, the counts and a chart; the injected name is text, no element, and nothing runs or loads', async ({ expect }) => {
        const page = await context.newPage();
        await page.setViewportSize({ width: 1100, height: 1400 });
        const dialogs: string[] = [];
        const requests: string[] = [];
        page.on('dialog', (dialog) => void (dialogs.push(dialog.message()), dialog.dismiss()));
        page.on('request', (request) => void requests.push(request.url()));
        const url = pathToFileURL(join(group, 'r.html')).href;
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
        await page.close();
      }, 60_000);

      it('prints A4 pages: cover, group summary, then each enterprise opening with its name and verdict on one page, in order', async ({ expect }) => {
        const pdf = join(group, 'r.pdf');
        const [info, text, fill] = await Promise.all([run('pdfinfo', [pdf]), run('pdftotext', ['-layout', pdf, '-']), inkPerPage(pdf, join(SCREENSHOTS, 'group'))]);
        expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 84[12]\.\d+ pts \(A4\)/);
        const pageCount = Number(/Pages:\s+(\d+)/.exec(info)![1]);
        const pages = text.split('\f').slice(0, pageCount).map((page) => page.trim());
        expect(pages).toHaveLength(pageCount);
        expect(pageCount).toBeGreaterThanOrEqual(1 + 1 + enterprises.length + 1);
        expect(pages[0]).toMatch(/^安全生产合规检查报告\s+\d+ 家企业/);
        expect(pages[1]).toMatch(/^集团汇总/);
        expect(text).toContain('停产整顿');
        let previous = 1;
        for (const { enterprise, verdict } of enterprises) {
          const at = pages.findIndex((page, index) => index >= previous && page.split('\n').some((line) => line.trim() === enterprise.name));
          expect(at, `${enterprise.name} is on page ${previous + 1} or later`).toBeGreaterThanOrEqual(previous);
          const rest = pages[at]!.slice(pages[at]!.split('\n').findIndex((line) => line.trim() === enterprise.name) >= 0 ? pages[at]!.indexOf(`${enterprise.name}\n`) : 0);
          expect(rest, `${enterprise.name}'s verdict is on the page its name is`).toContain(VERDICT_WORDS[verdict]!.slice(0, 4));
          previous = at;
        }
        expect(text).not.toContain('附录：检查的全部规则');
        expect(fill).toHaveLength(pageCount);
        expect(fill.slice(0, -1).filter((page) => page.depth < MIN_DEPTH), 'near-empty pages, but the last').toEqual([]);
        expect(pages.at(-1)).toMatch(new RegExp(`${pageCount} / ${pageCount}$`));
      }, 60_000);
    });

    describe('the signed report, printed', () => {
      it('opens with a cover naming client, firm, auditor and the time in Beijing, in a CJK font, with no absolute path anywhere', async ({ expect }) => {
        const pdf = join(signed, 'r.pdf');
        const [text, fontList] = await Promise.all([run('pdftotext', ['-layout', pdf, '-']), run('pdffonts', [pdf])]);
        const cover = text.split('\f')[0]!;
        for (const words of ['晋城市泽州县某化工集团有限公司', '山西安泰安全技术咨询有限公司', '王建国（注册安全工程师）', '2026-11-16 至 2026-11-20', '北京时间']) expect(cover).toContain(words);
        expect(cover).not.toContain('煤矿');
        expect(text).not.toContain(ROOT);
        expect(text).toContain('项目负责人（签字）');
        // Chromium embeds the CJK font as unnamed Type 3 fonts: pdffonts shows them embedded with a ToUnicode map
        // (the text is searchable); which font drew the glyphs is asked of the browser below.
        const fonts = fontList.split('\n').slice(2).filter(Boolean);
        expect(fonts.length).toBeGreaterThan(0);
        expect(fonts.every((line) => /\syes\s+\w+\s+yes\s/.test(line)), 'every font embedded, with a ToUnicode map').toBe(true);
      }, 60_000);

      it('leaves no page near-empty, but the last of the body and the last of the appendix', async ({ expect }) => {
        const pdf = join(signed, 'r.pdf');
        const [plain, fill] = await Promise.all([run('pdftotext', [pdf, '-']), inkPerPage(pdf, join(SCREENSHOTS, 'signed'))]);
        const text = plain.split('\f');
        const appendix = text.findIndex((page) => page.trimStart().startsWith('附录：检查的全部规则'));
        expect(appendix).toBeGreaterThan(1);
        expect(fill.length).toBeGreaterThan(appendix);
        expect(fill.every((page) => page.ink > 0.01), 'every page carries something').toBe(true);
        const near = fill.filter((page, index) => page.depth < MIN_DEPTH && index !== appendix - 1 && index !== fill.length - 1);
        expect(near, 'near-empty pages').toEqual([]);
      }, 60_000);

      it('fits every table and chart in the A4 text width when printed', async ({ expect }) => {
        const page = await context.newPage();
        await page.setViewportSize({ width: 703, height: 1000 });
        await page.emulateMedia({ media: 'print' });
        await page.goto(pathToFileURL(join(signed, 'r.html')).href, { waitUntil: 'load' });
        expect(await page.locator('table').count()).toBeGreaterThan(3);
        expect(await tablesWiderThanPage(page)).toEqual([]);
        expect(await fontsDrawing(page, '.cover .subject')).toEqual(expect.arrayContaining([expect.stringMatching(/CJK|Han Sans|YaHei|PingFang|WenQuanYi/)]));
        mkdirSync(SCREENSHOTS, { recursive: true });
        // The cover at print width; every printed page is left as a picture in test-output/signed by inkPerPage.
        await page.screenshot({ path: join(SCREENSHOTS, 'signed-print.png') });
        await page.close();
      }, 60_000);
    });
  });
}

/** The group's reports (html, pdf and json of one run, an enterprise named like markup among them); the JSON's enterprises. */
async function printGroupReport(dir: string): Promise<JsonEnterprise[]> {
  const compliant = readFileSync(join(ROOT, 'fixtures/general/compliant.yaml'), 'utf8');
  writeFileSync(join(dir, 'injected.yaml'), compliant.replace(/^ {2}name: .*$/m, `  name: ${JSON.stringify(INJECTED)}`));
  const outputs = ['html:r.html', 'pdf:r.pdf', 'json:r.json'].map((spec) => `${spec.split(':')[0]}:${join(dir, spec.split(':')[1]!)}`);
  const { stderr } = await runMain(['check', 'fixtures/general', join(dir, 'injected.yaml'), '--as-of', '2026-11-20', ...outputs.flatMap((o) => ['-f', o])], {
    env: { SAFETY_AUDIT_CHROMIUM: CHROMIUM },
  });
  expect(stderr).not.toMatch(/safety-audit:|internal error/);
  expect(readdirSync(dir).sort()).toEqual(['injected.yaml', 'r.html', 'r.json', 'r.pdf']);
  const enterprises = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')).enterprises as JsonEnterprise[];
  expect(enterprises.map((e) => e.enterprise.name)).toContain(INJECTED);
  return enterprises;
}

const META = 'client: 晋城市泽州县某化工集团有限公司\nauditor: 王建国（注册安全工程师）\nfirm: 山西安泰安全技术咨询有限公司\nscope: 生产、储存装置\nperiod: {from: 2026-11-16, to: 2026-11-20}\nsignature: |\n  评价机构（盖章）：\n  项目负责人（签字）：\ndisclaimer: 结论仅对判定日期当日的资料负责。\n';

/** One plant's signed report, with its appendix, as pdf and html. */
async function printSignedReport(dir: string): Promise<void> {
  writeFileSync(join(dir, 'meta.yaml'), META);
  const plant = join(ROOT, 'fixtures/hazardous-chemicals/violating-major.yaml');
  const { code, stderr } = await runMain(['check', plant, '--as-of', '2026-11-20', '--report-meta', join(dir, 'meta.yaml'), '--appendix', '-f', `pdf:${join(dir, 'r.pdf')}`, '-f', `html:${join(dir, 'r.html')}`], {
    cwd: dir,
    env: { SAFETY_AUDIT_CHROMIUM: CHROMIUM },
  });
  expect(stderr).not.toMatch(/safety-audit:|internal error/);
  expect(code).toBe(1);
}

describe('-f pdf without a browser', () => {
  it('given no Chromium, exits 2 naming the fix, and writes no file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'html-report-'));
    const args = ['check', 'fixtures/general/compliant.yaml', '--as-of', '2026-11-20', '-f', `html:${dir}/r.html`, '-f', `pdf:${dir}/r.pdf`];
    const zh = await runMain(args, { env: { SAFETY_AUDIT_CHROMIUM: join(dir, 'no-chromium') } });
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain('无法生成 PDF：未找到 Chromium');
    expect(zh.stderr).toContain('apt-get install chromium fonts-noto-cjk');
    const en = await runMain([...args, '--lang', 'en'], { env: { SAFETY_AUDIT_CHROMIUM: join(dir, 'no-chromium') } });
    expect(en.stderr).toContain('set SAFETY_AUDIT_CHROMIUM');
    expect(readdirSync(dir)).toEqual([]);
  }, 30_000);

  it('given -f pdf with no file, refuses: a PDF never goes to standard output', async () => {
    const { code, stdout, stderr } = await runMain(['check', 'fixtures/general/compliant.yaml', '-f', 'pdf']);
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
