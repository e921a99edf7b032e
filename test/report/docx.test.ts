// The Word report read back as Word reads it: the zip's parts, word/document.xml's paragraphs (with their
// styles) and tables, and the chart's image parts (an SVG, and a PNG whose pixels inflate to its size).
import { inflateSync } from 'node:zlib';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { type AuditRun } from '../../src/report/index.js';
import { fileReporters } from './all-formats.js';
import { sampleRun } from './sample-run.js';

let run: AuditRun;
let zip: JSZip;
let xml: string;
const META = { client: '晋城市某集团有限公司', firm: '山西安泰安全技术咨询有限公司', signature: '项目负责人（签字）：\n日期：', disclaimer: '结论仅对判定日期当日的资料负责。' };

beforeAll(async () => {
  run = { ...(await sampleRun()), generatedAt: '2026-12-04T08:30:00.000Z', reportMeta: META };
  for (const result of run.enterprises) result.file = `/home/zhang/clients/${result.file}`;
  const bytes = await fileReporters.docx(run, { lang: 'zh', color: false });
  expect(bytes).toBeInstanceOf(Uint8Array);
  zip = await JSZip.loadAsync(bytes as Uint8Array);
  xml = await zip.file('word/document.xml')!.async('string');
});

/** Each paragraph's style and text, in order. */
const paragraphs = () => [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>|<w:p [^>]*>([\s\S]*?)<\/w:p>/g)].map((m) => {
  const body = m[1] ?? m[2] ?? '';
  return { style: /<w:pStyle w:val="([^"]+)"/.exec(body)?.[1], text: [...body.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('') };
});
const unescape = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

describe('formatDocx', () => {
  it('is a Word document: a zip with word/document.xml, styles and a footer with page numbers', () => {
    for (const part of ['[Content_Types].xml', 'word/document.xml', 'word/styles.xml', 'word/_rels/document.xml.rels']) expect(zip.file(part), part).not.toBeNull();
    expect(Object.keys(zip.files).some((name) => /^word\/footer\d*\.xml$/.test(name))).toBe(true);
  });

  it("has real headings: the title, each enterprise in Heading 1, its five-in-place and finding groups in Heading 2, each major finding in Heading 3", () => {
    const list = paragraphs();
    expect(list[0]).toEqual({ style: 'Title', text: '安全生产合规检查报告' });
    const heading1 = list.filter((p) => p.style === 'Heading1').map((p) => unescape(p.text));
    for (const result of run.enterprises) expect(heading1).toContain(result.enterprise.name);
    expect(heading1).toContain('集团汇总');
    expect(list.filter((p) => p.style === 'Heading2').map((p) => p.text)).toEqual(expect.arrayContaining(['五到位', '停产整顿级与重大隐患', '一般问题', '声明', '签章']));
    expect(list.some((p) => p.style === 'Heading3' && p.text.includes('GEN-MGT-002'))).toBe(true);
  });

  it('puts the findings in tables, each with its location and remediation', () => {
    const tables = xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
    const general = run.enterprises[1]!.findings.find((f) => f.status === 'fail' && f.severity === 'general')!;
    const table = tables.find((candidate) => candidate.includes(`>${general.ruleId}<`));
    expect(table).toBeDefined();
    expect(unescape(table!)).toContain(general.remediation.zh.slice(0, 20));
    expect(table).toContain('<w:tblHeader/>');
  });

  it('carries the chart as an image: an SVG with its words and a PNG fallback of the bars', async () => {
    const media = Object.keys(zip.files).filter((name) => name.startsWith('word/media/'));
    expect(media.filter((name) => name.endsWith('.svg'))).toHaveLength(run.enterprises.length);
    const svg = await zip.file(media.find((name) => name.endsWith('.svg'))!)!.async('string');
    expect(svg).toMatch(/^<svg class="five-in-place" xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('主体责任');
    const png = await zip.file(media.find((name) => name.endsWith('.png'))!)!.async('uint8array');
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const view = new DataView(png.buffer, png.byteOffset);
    const [width, height] = [view.getUint32(16), view.getUint32(20)];
    const idat = png.subarray(41, 41 + view.getUint32(33));
    expect(inflateSync(idat).length).toBe((width * 3 + 1) * height);
    expect(xml).toMatch(/<a:blip r:embed="[^"]+"/);
  });

  it('shows the cover facts, Beijing time, the signature and disclaimer, and no absolute path', () => {
    const text = paragraphs().map((p) => unescape(p.text)).join('\n');
    expect(text).toContain('晋城市某集团有限公司');
    expect(text).toContain('2026年12月4日 16:30 (北京时间)');
    expect(text).toContain('结论仅对判定日期当日的资料负责。');
    expect(xml).not.toContain('/home/');
    expect(text).toContain('general/violating-licence.yaml:53:3');
  });

  it('given --appendix, adds every rule checked; by default leaves it out', async () => {
    expect(paragraphs().some((p) => p.text === '附录：检查的全部规则')).toBe(false);
    const withAppendix = await JSZip.loadAsync((await fileReporters.docx(run, { lang: 'en', color: false, appendix: true })) as Uint8Array);
    const english = await withAppendix.file('word/document.xml')!.async('string');
    expect(english).toContain('Appendix: every rule checked');
    expect(english).toContain('>GEN-HZ-002<');
  });
});
