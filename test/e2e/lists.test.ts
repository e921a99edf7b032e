// `check -f lists:FILE.xlsx`: the four lists workbook written by the CLI (in-process) — folders created, the file
// renamed into place whole, and nothing written when the run cannot produce it.
import { cpSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ROOT, runMain } from './run-cli.js';

const base = ['--as-of', '2026-12-20', '--fail-on', 'none'];

describe('check -f lists:FILE.xlsx', () => {
  it('writes one workbook of four sheets into folders it creates; persisting findings are on 追责问责 with their runs', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'lists-'));
    cpSync(join(ROOT, 'fixtures/general'), join(cwd, 'general'), { recursive: true });
    await runMain(['check', 'general', ...base, '-f', 'json:baseline.json'], { cwd });
    const { code, stdout, stderr } = await runMain(['check', 'general', ...base, '--baseline', 'baseline.json', '-f', 'lists:out/lists.xlsx'], { cwd });
    expect(code, stderr).toBe(0);
    expect(stdout).toBe('');
    expect(readdirSync(join(cwd, 'out'))).toEqual(['lists.xlsx']);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(cwd, 'out/lists.xlsx'));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['问题隐患清单', '制度措施清单', '挂牌督办清单', '追责问责清单']);
    const accountability = workbook.getWorksheet('追责问责清单')!;
    const runs = accountability.getRow(2).values as unknown[];
    const persisting = accountability.getRows(3, accountability.rowCount - 2)!.filter((row) => String(row.getCell(6).value).includes('与基线相比仍未整改'));
    expect(persisting.length).toBeGreaterThan(0);
    expect(persisting.every((row) => row.getCell(runs.indexOf('连续出现次数')).value === 2)).toBe(true);
  });

  it('given -f lists without a file, refuses with a usage error naming the form to use', async () => {
    const { code, stdout, stderr } = await runMain(['check', 'fixtures/general/compliant.yaml', ...base, '-f', 'lists']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('-f lists:四个清单.xlsx');
  });

  it('given a target that cannot be written, exits 2 before any work and writes no file at all', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'lists-'));
    mkdirSync(join(cwd, 'out/lists.xlsx'), { recursive: true });
    const { code } = await runMain(['check', join(ROOT, 'fixtures/general'), ...base, '-f', 'json:out/audit.json', '-f', 'lists:out/lists.xlsx'], { cwd });
    expect(code).toBe(2);
    expect(readdirSync(join(cwd, 'out'))).toEqual(['lists.xlsx']);
    expect(readdirSync(join(cwd, 'out/lists.xlsx'))).toEqual([]);
  });
});
