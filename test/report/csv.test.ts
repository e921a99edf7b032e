import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { neutraliseCell } from '../../src/report/csv.js';
import { type AuditRun } from '../../src/report/index.js';
import { reporters } from './all-formats.js';
import { HOSTILE_NAME, sampleRun } from './sample-run.js';

let run: AuditRun;
let text: string;
let rows: string[][];
beforeAll(async () => {
  run = await sampleRun();
  text = reporters.csv(run, { lang: 'zh', color: false });
  rows = parse(text, { bom: true });
});

describe('formatCsv', () => {
  it('is UTF-8 with a BOM and CRLF, so Excel opens Chinese text correctly', () => {
    expect(text.startsWith('\ufeff企业名称,')).toBe(true);
    expect(text).toContain('\r\n');
  });

  it('has a header, one row per problem with the columns a consultant sorts by, and a counts row for an enterprise without any', () => {
    expect(rows[0]).toEqual(['企业名称', '统一社会信用代码', '结论', '规则包', '规则编号', '规则名称', '级别', '五到位', '结果', '条目', '问题描述', '位置', '依据', '整改措施', '豁免']);
    expect(rows).toHaveLength(1 + run.enterprises.reduce((n, e) => n + (e.findings.length + e.warnings.length || 1), 0));
    const clean = rows.find((row) => row[0] === HOSTILE_NAME)!;
    expect(clean.slice(2, 5)).toEqual(['合格', '', '']);
    expect(clean[10]).toMatch(/^检查 \d+ 项：不合规 0，无法判定 0，通过 \d+/);
    const licence = rows.find((row) => row[4] === 'GEN-MGT-002' && row[8] === '不合规')!;
    expect(licence[2]).toMatch(/^停产整顿/);
    expect(licence[11]).toBe('fixtures/general/violating-licence.yaml:53:3');
    expect(licence[12]).toContain('安全生产许可证条例');
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    const name = rows.find((row) => row[0]?.includes('onerror'))![0];
    expect(name).toBe(HOSTILE_NAME);
    expect(rows.some((row) => row.some((cell) => /^[=+\-@\t\r]/.test(cell)))).toBe(false);
  });

  it.each([
    ['=HYPERLINK("http://x")', `'=HYPERLINK("http://x")`],
    ['+1+1', `'+1+1`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\t=1', `'\t=1`],
    ['安全生产许可证', '安全生产许可证'],
  ])('neutraliseCell(%j) is %j', (cell, expected) => {
    expect(neutraliseCell(cell)).toBe(expected);
  });
});
