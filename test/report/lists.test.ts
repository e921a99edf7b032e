// The four lists workbook, read back with exceljs: sheets, headers, row counts from the run, dates, and where a
// major hazard past its deadline lands.
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LedgerHazard } from '../../src/engine/index.js';
import { type AuditRun } from '../../src/report/index.js';
import { fileReporters } from './all-formats.js';
import { HOSTILE_NAME, sampleRun } from './sample-run.js';

const SHEETS = ['问题隐患清单', '制度措施清单', '挂牌督办清单', '追责问责清单'];
const OVERDUE: LedgerHazard = { id: 'YH-T-001', description: '液氨储罐区可燃气体报警器失效', level: '重大', foundOn: '2026-09-01', deadline: '2026-10-31', status: '整改中', reportedToRegulator: '2026-09-02', owner: '王磊', pointer: '/hazards/9' };
const FORMULA = '=HYPERLINK("http://x","重大危险源未设置视频监控")';
const UNREPORTED: LedgerHazard = { id: 'YH-T-002', description: FORMULA, level: '重大', foundOn: '2026-11-10', deadline: '2026-12-31', status: '未整改', pointer: '/hazards/10' };

async function readBack(run: AuditRun, lang: 'zh' | 'en' = 'zh'): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await fileReporters.lists(run, { lang, color: false })) as unknown as ExcelJS.Buffer);
  return workbook;
}

/** The data rows of a sheet (below the title row and the header row), as cell values. */
const rowsOf = (sheet: ExcelJS.Worksheet) => sheet.getRows(3, Math.max(sheet.rowCount - 2, 0))?.map((row) => (row.values as unknown[]).slice(1)) ?? [];
const sourceColumn = (sheet: ExcelJS.Worksheet) => rowsOf(sheet).map((row) => String(row[2]));

let run: AuditRun;
let workbook: ExcelJS.Workbook;
beforeAll(async () => {
  run = await sampleRun();
  run.enterprises[1]!.openHazards.push(OVERDUE, UNREPORTED);
  workbook = await readBack(run);
});

/** Counted from the run itself: failed checks above advisory, each open ledger entry once with the checks about it. */
function countsFromRun() {
  let problems = 0;
  let supervised = 0;
  let accountable = 0;
  for (const result of run.enterprises) {
    const failed = result.findings.filter((f) => f.status === 'fail' && f.severity !== 'advisory');
    const about = (hazard: LedgerHazard) => failed.filter((f) => f.pointer === hazard.pointer || f.pointer.startsWith(`${hazard.pointer}/`));
    const alone = failed.filter((f) => !result.openHazards.some((hazard) => about(hazard).includes(f)));
    problems += alone.length + result.openHazards.length;
    supervised += alone.filter((f) => f.severity === 'shutdown' || f.severity === 'major').length;
    for (const hazard of result.openHazards) {
      const overdue = hazard.deadline !== undefined && hazard.deadline < run.asOf;
      const major = hazard.level === '重大';
      if ((major && (overdue || !hazard.reportedToRegulator)) || about(hazard).some((f) => f.severity === 'shutdown' || f.severity === 'major')) supervised += 1;
      if (major && overdue) accountable += 1;
    }
  }
  return { problems, supervised, accountable };
}

describe('formatLists', () => {
  it('writes the four sheets in the notice order, each with a title naming the notice and a bold frozen header with a filter', () => {
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(SHEETS);
    for (const sheet of workbook.worksheets) {
      expect(String(sheet.getCell('A1').value)).toContain('晋政发〔2021〕1号');
      expect(sheet.getRow(2).getCell(1).value).toBe('企业名称');
      expect(sheet.getRow(2).font?.bold).toBe(true);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
      expect(sheet.autoFilter).toBe(`A2:${sheet.getRow(2).getCell(sheet.actualColumnCount).address.replace(/\d+$/, '')}${sheet.rowCount}`);
    }
    expect((workbook.getWorksheet('问题隐患清单')!.getRow(2).values as unknown[]).slice(1)).toEqual(['企业名称', '统一社会信用代码', '来源', '问题隐患描述', '等级', '五到位', '依据', '位置', '发现日期', '状态']);
  });

  it('given the run, has as many rows on each sheet as the run has problems, supervised and accountable items', () => {
    const counts = countsFromRun();
    expect(counts.problems).toBeGreaterThan(10);
    expect(rowsOf(workbook.getWorksheet('问题隐患清单')!)).toHaveLength(counts.problems);
    expect(rowsOf(workbook.getWorksheet('制度措施清单')!)).toHaveLength(counts.problems);
    expect(rowsOf(workbook.getWorksheet('挂牌督办清单')!)).toHaveLength(counts.supervised);
    expect(rowsOf(workbook.getWorksheet('追责问责清单')!)).toHaveLength(counts.accountable);
  });

  it('given a major hazard past its deadline, lists it for supervision and accountability with the days overdue', () => {
    for (const name of ['挂牌督办清单', '追责问责清单']) {
      const row = rowsOf(workbook.getWorksheet(name)!).find((cells) => String(cells[2]).includes(OVERDUE.id))!;
      expect(row, name).toBeDefined();
      expect(row).toContain('重大隐患逾期未整改');
      expect(row).toContain(20);
    }
  });

  it('given a major hazard not reported but within its deadline, lists it for supervision only', () => {
    expect(sourceColumn(workbook.getWorksheet('挂牌督办清单')!).some((source) => source.includes(UNREPORTED.id))).toBe(true);
    expect(sourceColumn(workbook.getWorksheet('追责问责清单')!).some((source) => source.includes(UNREPORTED.id))).toBe(false);
  });

  it('writes dates as Excel dates with a yyyy-mm-dd format', () => {
    const sheet = workbook.getWorksheet('制度措施清单')!;
    const row = sheet.getRows(3, sheet.rowCount - 2)!.find((candidate) => String(candidate.getCell(3).value).includes(OVERDUE.id))!;
    const deadline = row.getCell(8);
    expect(deadline.type).toBe(ExcelJS.ValueType.Date);
    expect(deadline.value).toEqual(new Date('2026-10-31T00:00:00Z'));
    expect(deadline.numFmt).toBe('yyyy-mm-dd');
    expect(row.getCell(7).value).toBe('王磊');
  });

  it('leaves waived findings out, and writes a name that looks like a formula as text', () => {
    const sources = sourceColumn(workbook.getWorksheet('问题隐患清单')!);
    expect(sources.some((source) => source.includes('GEN-HZ-004'))).toBe(false);
    const sheet = workbook.getWorksheet('问题隐患清单')!;
    expect(sheet.getColumn(1).values).toContain(HOSTILE_NAME);
    const row = sheet.getRows(3, sheet.rowCount - 2)!.find((candidate) => String(candidate.getCell(3).value).includes(UNREPORTED.id))!;
    expect(row.getCell(4).type).toBe(ExcelJS.ValueType.String);
    expect(row.getCell(4).value).toBe(FORMULA);
  });

  it('with --lang en, names sheets and columns in English', async () => {
    const english = await readBack(run, 'en');
    expect(english.worksheets.map((sheet) => sheet.name)).toEqual(['Problems and hazards', 'Measures', 'Listed supervision', 'Accountability']);
    expect(english.worksheets[0]!.getRow(2).getCell(1).value).toBe('Enterprise');
  });
});
