import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { loadAssessment } from '../../src/input/index.js';
import { formatLocation } from '../../src/report/index.js';
import { compileSchema, composeAssessmentSchema } from '../../src/schema/index.js';

const schema = composeAssessmentSchema([]);
const assessmentSchema = { schema, validate: compileSchema(schema) };
const HEAD = 'enterprise: {name: 甲, creditCode: 91140100MA0K12340F, sectors: [], region: 山西, employees: 5}\nassessment: {date: 2026-11-20, assessor: 李}\n';
const HEADER = ['隐患编号*', '隐患描述*', '隐患等级*', '发现日期*', '整改期限', '整改状态*'];
const ROW = ['YH-1', '罐区报警器失效', '重大', new Date(Date.UTC(2026, 2, 5)), new Date(Date.UTC(2026, 3, 30)), '整改中'];

type Sheets = Record<string, ExcelJS.CellValue[][]>;

async function workbook(sheets: Sheets, edit?: (book: ExcelJS.Workbook) => void): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = book.addWorksheet(name);
    for (const row of rows) sheet.addRow(row);
  }
  edit?.(book);
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function load(files: Record<string, string | Buffer>, yaml = 'enterprise.yaml', maxBytes?: number) {
  const dir = join(mkdtempSync(join(tmpdir(), 'workbooks-')), 'plant');
  mkdirSync(dir);
  for (const [name, content] of Object.entries({ [yaml]: HEAD, ...files })) writeFileSync(join(dir, name), content);
  return loadAssessment(join(dir, yaml), assessmentSchema, `plant/${yaml}`, maxBytes);
}

const where = (diagnostics: { location?: Parameters<typeof formatLocation>[0]; code: string }[]) => diagnostics.map((d) => [d.code, formatLocation(d.location, '')]);

describe('workbooks beside enterprise.yaml', () => {
  it('given a sheet named by its Chinese title, reads it with Chinese headers, real date cells and cell locations', async () => {
    const { value, diagnostics } = await load({ '台账.xlsx': await workbook({ 隐患排查治理台账: [HEADER, ROW] }) });
    expect(diagnostics).toEqual([]);
    expect(value?.data.hazards).toEqual([{ id: 'YH-1', description: '罐区报警器失效', level: '重大', foundOn: '2026-03-05', deadline: '2026-04-30', status: '整改中' }]);
    expect(value?.sourceMap.get('/hazards/0/deadline')).toEqual({ file: 'plant/台账.xlsx', sheet: '隐患排查治理台账', line: 2, column: 5, field: '整改期限' });
    expect(formatLocation(value?.sourceMap.get('/hazards/0/deadline'), '')).toBe('plant/台账.xlsx!隐患排查治理台账!E2 (整改期限)');
    expect(value?.read?.some((path) => path.endsWith('台账.xlsx'))).toBe(true);
  });

  it('given English headers in a sheet named like the CSV file, booleans as TRUE and numbers as numbers, reads them', async () => {
    const book = await workbook({ 'safety-managers': [['name', 'fullTime', 'certificate.expiresOn'], ['王五', true, new Date(Date.UTC(2027, 0, 1))]] });
    const { value, diagnostics } = await load({ 'ledgers.xlsx': book });
    expect(diagnostics).toEqual([]);
    expect((value?.data.responsibility as { safetyManagers: unknown }).safetyManagers).toEqual([{ name: '王五', fullTime: true, certificate: { expiresOn: '2027-01-01' } }]);
  });

  it('given the template example row (first cell 示例：…), skips it and numbers the real rows from their own row', async () => {
    const { value, diagnostics } = await load({ '台账.xlsx': await workbook({ 隐患排查治理台账: [HEADER, ['示例：YH-2026-001', '描述', '一般', '2026-03-05', '', '未整改'], ROW] }) });
    expect(diagnostics).toEqual([]);
    expect(value?.data.hazards).toHaveLength(1);
    expect(value?.sourceMap.get('/hazards/0/id')).toMatchObject({ sheet: '隐患排查治理台账', line: 3, column: 1 });
  });

  it('given hazards.xlsx whose one sheet is called Sheet1, reads it as the hazard ledger', async () => {
    const { value, diagnostics } = await load({ 'hazards.xlsx': await workbook({ Sheet1: [HEADER, ROW] }) });
    expect(diagnostics).toEqual([]);
    expect(value?.data.hazards).toHaveLength(1);
  });

  it('given a bad date, a formula without its value and an error value, reports each at workbook!sheet!cell', async () => {
    const book = await workbook({ 隐患排查治理台账: [HEADER, ['YH-1', '罐区', '重大', '2026/2/30', null, '整改中'], ['YH-2', '泵房', '一般', ROW[3]!, null, '整改中']] }, (b) => {
      b.getWorksheet('隐患排查治理台账')!.getCell('E2').value = { formula: 'D2+30' } as ExcelJS.CellFormulaValue;
      b.getWorksheet('隐患排查治理台账')!.getCell('E3').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
    });
    const { diagnostics } = await load({ '台账.xlsx': book });
    expect(where(diagnostics)).toEqual([
      ['xlsx-formula-no-value', 'plant/台账.xlsx!隐患排查治理台账!E2 (整改期限)'],
      ['xlsx-cell-error', 'plant/台账.xlsx!隐患排查治理台账!E3 (整改期限)'],
    ]);
    const bad = await load({ '台账.xlsx': await workbook({ 隐患排查治理台账: [HEADER, ['YH-1', '罐区', '重大', '2026/2/30', null, '整改中']] }) });
    expect(where(bad.diagnostics)).toEqual([['csv-bad-value', 'plant/台账.xlsx!隐患排查治理台账!D2 (发现日期*)']]);
  });

  it('given merged header cells, a value outside every header column and a missing required column, locates each', async () => {
    const merged = await workbook({ 隐患排查治理台账: [[...HEADER, '备注', ''], ROW] }, (b) => b.getWorksheet('隐患排查治理台账')!.mergeCells('G1:H1'));
    expect(where((await load({ '台账.xlsx': merged })).diagnostics)).toEqual([['xlsx-merged-header', 'plant/台账.xlsx!隐患排查治理台账!G1']]);
    const outside = await workbook({ 隐患排查治理台账: [HEADER, [...ROW, null, '多余']] });
    expect(where((await load({ '台账.xlsx': outside })).diagnostics)).toEqual([['xlsx-outside-header', 'plant/台账.xlsx!隐患排查治理台账!H2']]);
    const missing = await workbook({ 隐患排查治理台账: [HEADER.slice(0, 5), ROW.slice(0, 5)] });
    expect(where((await load({ '台账.xlsx': missing })).diagnostics)).toEqual([['csv-missing-column', 'plant/台账.xlsx!隐患排查治理台账!A1']]);
  });

  it('given the hazards both as hazards.csv and as a sheet, reports the conflict at the sheet', async () => {
    const csv = `${HEADER.join(',')}\r\nYH-1,罐区,重大,2026/3/5,,整改中\r\n`;
    const { diagnostics } = await load({ 'hazards.csv': csv, '台账.xlsx': await workbook({ 隐患排查治理台账: [HEADER, ROW] }) });
    expect(where(diagnostics)).toEqual([['xlsx-conflict', 'plant/台账.xlsx!隐患排查治理台账!A1']]);
    expect(diagnostics[0]!.message.params).toMatchObject({ other: 'plant/hazards.csv' });
  });

  it('given a sheet named after no ledger, reads the others and warns about it', async () => {
    const { value, diagnostics } = await load({ '台账.xlsx': await workbook({ 隐患排查治理台账: [HEADER, ROW], 统计: [['合计'], [3]], 填写说明: [['说明']] }) });
    expect(diagnostics).toEqual([]);
    expect(value?.warnings?.map((w) => [w.code, formatLocation(w.location, '')])).toEqual([['xlsx-sheet-unmatched', 'plant/台账.xlsx!统计!A1']]);
  });

  it('given an old .xls, an encrypted workbook and a damaged one, refuses each at the file', async () => {
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    const { diagnostics } = await load({ 'drills.xls': ole, 'hazards.xlsx': ole, 'risks.xlsx': Buffer.from('PK\x03\x04junk') });
    expect(where(diagnostics)).toEqual([
      ['xlsx-other-format', 'plant/drills.xls:1:1'],
      ['xlsx-encrypted', 'plant/hazards.xlsx:1:1'],
      ['xlsx-corrupt', 'plant/risks.xlsx:1:1'],
    ]);
  });
});

describe('hostile workbooks', () => {
  it('given a date cell whose number is no date at all, reports the cell instead of failing', async () => {
    const book = await workbook({ 隐患排查治理台账: [HEADER, ['YH-1', '罐区', '重大', new Date(Number.NaN), null, '整改中']] });
    expect(where((await load({ '台账.xlsx': book })).diagnostics)).toEqual([['xlsx-cell-error', 'plant/台账.xlsx!隐患排查治理台账!D2 (发现日期*)']]);
  });


  it('given a workbook whose directory declares far more than the size limit unpacked, refuses it before unpacking', async () => {
    const book = await workbook({ 隐患排查治理台账: Array.from({ length: 3000 }, () => Array(10).fill('重复')) });
    expect(book.length).toBeLessThan(128 * 1024);
    const { diagnostics } = await load({ '台账.xlsx': book }, 'enterprise.yaml', 128 * 1024);
    expect(where(diagnostics)).toEqual([['file-too-large', 'plant/台账.xlsx:1:1']]);
    expect(diagnostics[0]!.message).toMatchObject({ key: 'xlsx-too-large', params: { max: 1 } });
  });
});

describe('a sector ledger that must not be empty', () => {
  it('given only the header and the example row, says at the sheet that the list needs a row', async () => {
    const section = { type: 'object', properties: { vehicles: { type: 'array', minItems: 1, title: '营运车辆', 'x-csv': 'rt-vehicles.csv', items: { type: 'object', properties: { plate: { type: 'string', title: '车牌号' } } } } } };
    const sectorSchema = composeAssessmentSchema([{ sector: 'road-transport', section: 'roadTransport', schema: section }]);
    const dir = join(mkdtempSync(join(tmpdir(), 'workbooks-')), 'plant');
    mkdirSync(dir);
    writeFileSync(join(dir, 'enterprise.yaml'), `${HEAD}roadTransport: {}\n`);
    writeFileSync(join(dir, '台账.xlsx'), await workbook({ 营运车辆: [['车牌号'], ['示例：晋A12345']] }));
    const { diagnostics } = await loadAssessment(join(dir, 'enterprise.yaml'), { schema: sectorSchema, validate: compileSchema(sectorSchema) }, 'plant/enterprise.yaml');
    expect(diagnostics.map((d) => [d.message.key, formatLocation(d.location, '')])).toEqual([['schema-empty-list', 'plant/台账.xlsx!营运车辆!A1']]);
  });
});

describe('$xlsx includes', () => {
  it('given { $xlsx: file, sheet: name } in a YAML of any name, pulls that sheet in', async () => {
    const book = await workbook({ '2026年隐患': [HEADER, ROW], 其他: [['x']] });
    const { value, diagnostics } = await load({ 'a.yaml': `${HEAD}hazards: {$xlsx: 台账.xlsx, sheet: 2026年隐患}\n`, '台账.xlsx': book }, 'a.yaml');
    expect(diagnostics).toEqual([]);
    expect(value?.sourceMap.get('/hazards/0/status')).toMatchObject({ file: 'plant/台账.xlsx', sheet: '2026年隐患', line: 2, column: 6 });
  });

  it('given a sheet the workbook does not have, or several sheets and none named after the list, says so at the include', async () => {
    const book = await workbook({ 甲: [HEADER, ROW], 乙: [HEADER, ROW] });
    const named = await load({ 'a.yaml': `${HEAD}hazards: {$xlsx: 台账.xlsx, sheet: 丙}\n`, '台账.xlsx': book }, 'a.yaml');
    expect(where(named.diagnostics)).toEqual([['xlsx-sheet-missing', 'plant/a.yaml:3:11']]);
    const unnamed = await load({ 'a.yaml': `${HEAD}hazards: {$xlsx: 台账.xlsx}\n`, '台账.xlsx': book }, 'a.yaml');
    expect(unnamed.diagnostics[0]!.message.key).toBe('xlsx-sheet-ambiguous');
  });
});
