// From `init --xlsx` to a clean check, as a safety manager would go: the template workbook is filled with
// exceljs (real Date cells, Chinese enum values, 是/否), its example row and instructions left in place, the
// one-off facts typed into enterprise.yaml, and the built CLI says 合格.
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { type CliRun, ROOT, runCli, runMain } from './run-cli.js';

const AS_OF = '2026-11-20';

/** 填写说明 rows: sheet, header, `list[].field.path`, type. */
function instructions(workbook: ExcelJS.Workbook) {
  const rows: { sheet: string; header: string; list: string; field: string[]; type: string }[] = [];
  workbook.getWorksheet('填写说明')!.eachRow((row, line) => {
    const [sheet, header, path, type] = [1, 2, 3, 4].map((at) => String(row.getCell(at).value ?? ''));
    if (line < 3 || !path!.includes('[].')) return;
    const [list, field] = path!.split('[].');
    rows.push({ sheet: sheet!, header: header!, list: list!, field: field!.split('.'), type: type! });
  });
  return rows;
}

const at = (data: unknown, path: string[]): unknown => path.reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], data);

/** A value as a person types it into Excel: a real date, 是/否, the number, the Chinese word. */
function cellValue(value: unknown, type: string): ExcelJS.CellValue {
  if (value === undefined || value === null) return null;
  if (type === '日期') return new Date(`${String(value)}T00:00:00Z`);
  if (type === '日期时间') return new Date(`${String(value).replace(' ', 'T').slice(0, 16)}:00Z`);
  if (typeof value === 'boolean') return value ? '是' : '否';
  return value as ExcelJS.CellValue;
}

/** Fill the workbook in `folder` from `fixture`'s lists; `edit` then changes the workbook as a person would, before it is saved. */
async function fillFromFixture(folder: string, fixture: string, edit?: (workbook: ExcelJS.Workbook) => void): Promise<number> {
  const data = YAML.parse(readFileSync(join(ROOT, fixture), 'utf8')) as Record<string, unknown>;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(folder, '台账.xlsx'));
  const columns = instructions(workbook);
  let filled = 0;
  for (const list of new Set(columns.map((column) => column.list))) {
    const path = list.split('.');
    const items = at(data, path) as Record<string, unknown>[] | undefined;
    const mine = columns.filter((column) => column.list === list);
    const sheet = workbook.getWorksheet(mine[0]!.sheet)!;
    const headers = (sheet.getRow(1).values as string[]).slice(1);
    for (const item of items ?? []) {
      sheet.addRow(headers.map((header) => {
        const column = mine.find((candidate) => `${candidate.header}${''}` === header.replace(/\*$/, ''))!;
        return cellValue(at(item, column.field), column.type);
      }));
      filled += 1;
    }
    // The list now lives in the workbook, not in the YAML.
    const parent = at(data, path.slice(0, -1)) as Record<string, unknown> | undefined;
    if (path.length === 1) delete data[path[0]!];
    else if (parent) delete parent[path.at(-1)!];
  }
  edit?.(workbook);
  await workbook.xlsx.writeFile(join(folder, '台账.xlsx'));
  writeFileSync(join(folder, 'enterprise.yaml'), YAML.stringify(data));
  return filled;
}

/** The built CLI as a process, as a safety manager runs it; the same arguments to `main` in-process otherwise. */
const spawned = async (args: string[], options: { cwd: string }) => runCli(args, options);
type Run = typeof spawned;

/**
 * `init plant --xlsx --sector SECTOR` run once per sector and way of running it (the template is the slow part: exceljs
 * writes every sheet); each test fills its own copy.
 */
const templates = new Map<string, Promise<{ init: CliRun; folder: string }>>();
function template(sector: string, run: Run = runMain): Promise<{ init: CliRun; folder: string }> {
  const key = `${sector} ${run === spawned ? 'spawned' : 'in-process'}`;
  if (!templates.has(key)) {
    const cwd = mkdtempSync(join(tmpdir(), 'init-xlsx-'));
    templates.set(key, run(['init', 'plant', '--xlsx', '--sector', sector], { cwd }).then((init) => ({ init, folder: join(cwd, 'plant') })));
  }
  return templates.get(key)!;
}

/** A fresh working folder holding a copy of the sector's template as `plant`. */
async function copyOfTemplate(sector: string, run?: Run): Promise<string> {
  const { init, folder } = await template(sector, run);
  expect(init.code).toBe(0);
  const cwd = mkdtempSync(join(tmpdir(), 'init-xlsx-'));
  cpSync(folder, join(cwd, 'plant'), { recursive: true });
  return cwd;
}

describe('init --xlsx', () => {
  // One journey through the built CLI as a process (road-transport); the hazardous-chemicals one in-process.
  it.each([
    ['hazardous-chemicals', 'fixtures/hazardous-chemicals/compliant.yaml', runMain],
    ['road-transport', 'fixtures/general/compliant.yaml', spawned],
  ])('given the %s workbook filled from the compliant fixture, check says 合格 and exits 0', async (sector, fixture, run) => {
    const { init, folder: made } = await template(sector, run);
    expect(init.code).toBe(0);
    expect(init.stdout).toContain('台账.xlsx');
    expect(readdirSync(made).sort()).toEqual(['assessment.schema.json', 'enterprise.yaml', '台账.xlsx']);
    expect(readFileSync(join(made, 'enterprise.yaml'), 'utf8')).toContain('（填写在 台账.xlsx 的工作表「隐患排查治理台账」）');

    const cwd = await copyOfTemplate(sector, run);
    expect(await fillFromFixture(join(cwd, 'plant'), fixture)).toBeGreaterThan(10);
    const { code, stdout } = await run(['check', 'plant', '--as-of', AS_OF], { cwd });
    expect(stdout).toContain('结论: 合格');
    expect(stdout).not.toContain('未读取');
    expect(code).toBe(0);
  }, 60_000);

  // Every other sector's template, in-process (the process boundary is covered above): its sheets take the
  // compliant fixture's ledgers as a person would type them, and the check is clean.
  it.each([
    ['coal-mine', 'fixtures/coal-mine/compliant.yaml'],
    ['non-coal-mine', 'fixtures/non-coal-mine/compliant.yaml'],
    ['construction', 'fixtures/construction/compliant.yaml'],
    ['fire-safety', 'fixtures/fire-safety/compliant.yaml'],
  ])('given the %s workbook filled from the compliant fixture, check is clean', async (sector, fixture) => {
    const cwd = await copyOfTemplate(sector);
    expect(await fillFromFixture(join(cwd, 'plant'), fixture)).toBeGreaterThan(10);
    const { code, stdout } = await runMain(['check', 'plant', '--as-of', AS_OF], { cwd });
    expect(stdout).toContain('结论: 合格');
    expect(code).toBe(0);
  }, 60_000);

  it('given a bad date typed in the workbook, names the workbook, sheet, cell and header, and exits 2', async () => {
    const cwd = await copyOfTemplate('hazardous-chemicals');
    await fillFromFixture(join(cwd, 'plant'), 'fixtures/hazardous-chemicals/compliant.yaml', (workbook) => {
      workbook.getWorksheet('隐患排查治理台账')!.getCell('E3').value = '下月底';
    });
    const { code, stdout } = await runMain(['check', 'plant', '--as-of', AS_OF], { cwd });
    expect(stdout).toContain('plant/台账.xlsx!隐患排查治理台账!E3 (整改期限) 「下月底」不是日期');
    expect(code).toBe(2);
  }, 60_000);

  it('given a sheet without an optional column, the rules reading it are undecided at the sheet header, naming the column', async () => {
    const cwd = await copyOfTemplate('road-transport', spawned);
    await fillFromFixture(join(cwd, 'plant'), 'fixtures/general/compliant.yaml', (workbook) => {
      const sheet = workbook.getWorksheet('隐患排查治理台账')!;
      sheet.spliceColumns((sheet.getRow(1).values as string[]).indexOf('向监管部门报告日期'), 1);
    });
    const { stdout } = await runMain(['check', 'plant', '--as-of', AS_OF, '-f', 'json'], { cwd });
    const undecided = JSON.parse(stdout).enterprises[0].findings.filter((finding: { reason?: string }) => finding.reason?.includes('缺少列'));
    expect(undecided.length).toBeGreaterThan(0);
    expect(undecided[0]).toMatchObject({
      status: 'indeterminate',
      reason: 'plant/台账.xlsx!隐患排查治理台账 缺少列「向监管部门报告日期」：请补充此列后重新检查',
      location: { file: 'plant/台账.xlsx', sheet: '隐患排查治理台账', line: 1, column: 1 },
    });
  }, 60_000);
});
