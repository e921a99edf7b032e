// `--report-meta FILE` on check and merge: the signed report's cover and signature, or a located error and exit 2.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runMain } from './run-cli.js';

const META = 'client: 晋城市某集团有限公司\nfirm: 山西安泰安全技术咨询有限公司\nperiod: {from: 2026-11-16, to: 2026-11-20}\nsignature: |\n  项目负责人（签字）：\n';

describe('--report-meta', () => {
  it('given a meta file, the html cover names the client and firm and ends with the signature; the time is Beijing time', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-meta-'));
    writeFileSync(join(dir, 'meta.yaml'), META);
    const { code, stderr } = await runMain(['check', 'fixtures/general/compliant.yaml', '--as-of', '2026-11-20', '-f', `html:${dir}/r.html`, '--report-meta', join(dir, 'meta.yaml')]);
    expect(stderr).not.toContain('safety-audit:');
    expect(code).toBe(0);
    const page = readFileSync(join(dir, 'r.html'), 'utf8');
    expect(page).toContain('<div class="subject">晋城市某集团有限公司</div>');
    expect(page).toContain('<dt>评价机构</dt><dd>山西安泰安全技术咨询有限公司</dd>');
    expect(page).toContain('2026年11月20日 16:00 (北京时间)');
    expect(page).toContain('<div class="signature">项目负责人（签字）：</div>');
  });

  it.each([
    ['an unknown field', 'client: 甲\nsignatur: 乙\n', /meta\.yaml:2:1/],
    ['a period without its end', 'period: {from: 2026-11-16}\n', /meta\.yaml:1:\d+ period/],
    ['a date that is not one', 'period: {from: 2026-11-16, to: 2026-13-40}\n', /meta\.yaml:1:\d+ period\.to/],
  ])('given %s, says where, exits 2 and writes no report', async (_name, text, where) => {
    const dir = mkdtempSync(join(tmpdir(), 'report-meta-'));
    writeFileSync(join(dir, 'meta.yaml'), text);
    const { code, stderr } = await runMain(['check', 'fixtures/general/compliant.yaml', '-f', `html:${dir}/r.html`, '--report-meta', join(dir, 'meta.yaml')]);
    expect(code).toBe(2);
    expect(stderr).toMatch(where);
    expect(readdirSync(dir)).toEqual(['meta.yaml']);
  });

  it('given a missing meta file, names it and exits 2', async () => {
    const { code, stderr } = await runMain(['check', 'fixtures/general/compliant.yaml', '--report-meta', 'no-such-meta.yaml']);
    expect(code).toBe(2);
    expect(stderr).toContain('no-such-meta.yaml');
  });
});

describe('merge --report-meta', () => {
  it('gives the merged report the cover and signature of the meta file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-meta-merge-'));
    writeFileSync(join(dir, 'meta.yaml'), META);
    for (const shard of ['1/2', '2/2']) {
      const { code } = await runMain(['check', 'fixtures/general', '--as-of', '2026-11-20', '--fail-on', 'none', '--shard', shard, '-f', `json:${dir}/shard-${shard[0]}.json`]);
      expect(code).toBe(0);
    }
    const { code, stderr } = await runMain(['merge', `${dir}/shard-1.json`, `${dir}/shard-2.json`, '--fail-on', 'none', '--report-meta', join(dir, 'meta.yaml'), '-f', `html:${dir}/r.html`]);
    expect(stderr).not.toContain('safety-audit:');
    expect(code).toBe(0);
    const page = readFileSync(join(dir, 'r.html'), 'utf8');
    expect(page).toContain('<div class="subject">晋城市某集团有限公司</div>');
    expect(page).toContain('<div class="signature">项目负责人（签字）：</div>');
  });
});

describe('-f docx', () => {
  it('writes a Word file (a zip) beside the html, and refuses standard output', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-docx-'));
    const { code } = await runMain(['check', 'fixtures/general/compliant.yaml', '--as-of', '2026-11-20', '-f', `docx:${dir}/r.docx`, '-f', `html:${dir}/r.html`]);
    expect(code).toBe(0);
    expect(readFileSync(join(dir, 'r.docx')).subarray(0, 2).toString('latin1')).toBe('PK');
    const refused = await runMain(['check', 'fixtures/general/compliant.yaml', '-f', 'docx']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('docx 只能写入文件：请用 -f docx:报告.docx');
  });
});

describe('the README\'s report meta', () => {
  it('is a valid meta file: the command it shows writes a pdf-ready html with its client and signature', async () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('### A report to sign'));
    const yaml = /```yaml\n([\s\S]*?)```/.exec(section)![1]!;
    const command = /```sh\nnode bin\/safety-audit\.js ([\s\S]*?)```/.exec(section)![1]!.replace(/\\\n/g, ' ').trim().split(/\s+/);
    expect(command).toContain('--report-meta');
    const dir = mkdtempSync(join(tmpdir(), 'readme-meta-'));
    writeFileSync(join(dir, 'meta.yaml'), yaml);
    // The pdf (a browser) is the browser tests' part; the rest runs as written, its files in a temporary folder.
    const args = command
      .map((arg) => (arg === 'meta.yaml' ? join(dir, 'meta.yaml') : arg.replace(/^docx:/, `docx:${dir}/`)))
      .filter((arg, index, all) => !arg.startsWith('pdf:') && !(arg === '-f' && all[index + 1]?.startsWith('pdf:')));
    const { code, stderr } = await runMain([...args, '-f', `html:${dir}/r.html`]);
    expect(stderr).not.toContain('safety-audit:');
    expect(code).toBe(1);
    const page = readFileSync(join(dir, 'r.html'), 'utf8');
    expect(page).toContain('<div class="subject">山西晋城精细化学品有限公司</div>');
    expect(page).toContain('项目负责人（签字）：');
    expect(readdirSync(dir).sort()).toEqual(['meta.yaml', 'r.html', 'report.docx']);
  });
});
