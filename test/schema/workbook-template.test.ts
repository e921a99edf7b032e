import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadAssessment, writeXlsx } from '../../src/input/index.js';
import { compileSchema, composeAssessmentSchema, templateTables, workbookTemplate } from '../../src/schema/index.js';

const schema = composeAssessmentSchema([]);
const CREATED = new Date('2026-11-20T08:00:00Z');
let bytes: Uint8Array;
let book: ExcelJS.Workbook;
beforeAll(async () => {
  bytes = await writeXlsx(workbookTemplate(templateTables(schema, []), 'zh', CREATED));
  book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as never);
});

describe('workbookTemplate', () => {
  it('given the general ledgers, writes the instructions, a sheet per ledger by Chinese title, and a hidden options sheet', () => {
    expect(book.worksheets.map((sheet) => [sheet.name, sheet.state])).toEqual([
      ['填写说明', 'visible'], ['安全生产管理人员', 'visible'], ['建设项目', 'visible'], ['培训记录', 'visible'], ['特种作业人员', 'visible'],
      ['应急演练记录', 'visible'], ['安全风险分级管控清单', 'visible'], ['隐患排查治理台账', 'visible'], ['下拉选项', 'hidden'],
    ]);
  });

  it('marks required headers with * and a fill, formats date columns, and offers each enum as a drop-down from row 3', () => {
    const hazards = book.getWorksheet('隐患排查治理台账')!;
    const headers = (hazards.getRow(1).values as string[]).slice(1);
    expect(headers.slice(0, 6)).toEqual(['隐患编号*', '隐患描述*', '隐患等级*', '发现日期*', '整改期限', '整改状态*']);
    expect(hazards.getCell('A1').fill).toMatchObject({ fgColor: { argb: 'FFFFE699' } });
    expect(hazards.getCell('E1').fill).toMatchObject({ fgColor: { argb: 'FFDDEBF7' } });
    expect(hazards.getColumn(4).numFmt).toBe('yyyy-mm-dd');
    const level = hazards.getCell('C3').dataValidation;
    expect(level).toMatchObject({ type: 'list' });
    const [, column, from, to] = /'下拉选项'!\$([A-Z]+)\$(\d+):\$[A-Z]+\$(\d+)/.exec(level.formulae![0] as string)!;
    const options = book.getWorksheet('下拉选项')!;
    const values = Array.from({ length: Number(to) - Number(from) + 1 }, (_, at) => options.getCell(`${column}${Number(from) + at}`).value);
    expect(values).toEqual(['一般', '重大']);
    expect(hazards.getCell('C2').dataValidation).toBeUndefined();
  });

  it('writes one example row whose first cell starts with 示例：, and explains every column with its allowed values', () => {
    expect(String(book.getWorksheet('隐患排查治理台账')!.getCell('A2').value)).toMatch(/^示例：/);
    const rows: unknown[][] = [];
    book.getWorksheet('填写说明')!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows).toContainEqual(['隐患排查治理台账', '隐患等级', 'hazards[].level', '选项', '一般、重大', '是', '隐患等级']);
    expect(rows).toContainEqual(['应急演练记录', '演练类型', 'emergency.drills[].kind', '选项', '综合演练、专项演练、现场处置方案演练', '', '演练类型']);
  });

  it('given the untouched template beside enterprise.yaml, reads every ledger as empty: the example rows are skipped', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'template-'));
    writeFileSync(join(dir, 'enterprise.yaml'), 'enterprise: {name: 甲, creditCode: 91140100MA0K12340F, sectors: [], region: 山西, employees: 5}\nassessment: {date: 2026-11-20, assessor: 李}\n');
    writeFileSync(join(dir, '台账.xlsx'), bytes);
    const { value, diagnostics } = await loadAssessment(join(dir, 'enterprise.yaml'), { schema, validate: compileSchema(schema) });
    expect(diagnostics).toEqual([]);
    expect(value?.data.hazards).toEqual([]);
    expect(value?.warnings ?? []).toEqual([]);
  });

  it('given English, names the sheets after the CSV files and writes field names as headers', async () => {
    const english = workbookTemplate(templateTables(schema, []), 'en', CREATED);
    expect(english.sheets.map((sheet) => sheet.name)).toEqual(['Instructions', 'safety-managers', 'projects', 'training', 'special-operators', 'drills', 'risks', 'hazards', 'Options']);
    expect(english.sheets[7]!.columns[2]!.header).toBe('level*');
    expect(String(english.sheets[7]!.rows[0]![0])).toMatch(/^Example: /);
  });
});
