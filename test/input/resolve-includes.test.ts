import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { loadAssessment } from '../../src/input/index.js';
import { compileSchema, composeAssessmentSchema } from '../../src/schema/index.js';

const schema = composeAssessmentSchema([]);
const assessmentSchema = { schema, validate: compileSchema(schema) };
const HEAD = 'enterprise: {name: 甲, creditCode: 91140100MA0K12340F, sectors: [], region: 山西, employees: 5}\nassessment: {date: 2026-11-20, assessor: 李}\n';
const HAZARDS = '隐患编号,隐患描述,隐患等级,发现日期,整改状态\r\nYH-1,罐区报警器失效,重大,2021/3/5,整改中\r\n';

function folder(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'includes-'));
  const dir = join(root, 'plant');
  mkdirSync(dir);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), content);
  }
  return dir;
}

describe('CSV includes', () => {
  it('given enterprise.yaml with hazards.csv beside it in GBK, pulls the ledger in with cell locations', async () => {
    const dir = folder({ 'plant/enterprise.yaml': HEAD, 'plant/hazards.csv': iconv.encode(HAZARDS, 'gbk') });
    const { value, diagnostics } = await loadAssessment(join(dir, 'enterprise.yaml'), assessmentSchema, 'plant/enterprise.yaml');
    expect(diagnostics).toEqual([]);
    expect(value?.data.hazards).toEqual([{ id: 'YH-1', description: '罐区报警器失效', level: '重大', foundOn: '2021-03-05', status: '整改中' }]);
    expect(value?.sourceMap.get('/hazards/0/foundOn')).toEqual({ file: 'plant/hazards.csv', line: 2, column: 4, field: '发现日期' });
  });

  it('given { $csv: 台账.xlsx }, says to write $xlsx, at the YAML line that names the workbook', async () => {
    const dir = folder({ 'plant/a.yaml': `${HEAD}hazards: {$csv: 台账.xlsx}\n`, 'plant/台账.xlsx': Buffer.from('PK\u0003\u0004') });
    const { value, diagnostics } = await loadAssessment(join(dir, 'a.yaml'), assessmentSchema, 'plant/a.yaml');
    expect(value).toBeUndefined();
    expect(diagnostics[0]).toMatchObject({ code: 'include-workbook', message: { params: { file: '台账.xlsx' } }, location: { file: 'plant/a.yaml', line: 3, column: 17 } });
  });

  it('given { $csv: name } under any list, pulls that file in (UTF-8 with BOM)', async () => {
    const dir = folder({ 'plant/a.yaml': `${HEAD}hazards: {$csv: ledgers/隐患台账.csv}\n`, 'plant/ledgers/隐患台账.csv': `\ufeff${HAZARDS}` });
    const { value, diagnostics } = await loadAssessment(join(dir, 'a.yaml'), assessmentSchema, 'plant/a.yaml');
    expect(diagnostics).toEqual([]);
    expect(value?.sourceMap.get('/hazards/0/id')).toMatchObject({ file: 'plant/ledgers/隐患台账.csv', line: 2, column: 1 });
  });

  it('given a GBK cell that cannot be read, reports the cell', async () => {
    const dir = folder({ 'plant/enterprise.yaml': HEAD, 'plant/hazards.csv': iconv.encode(HAZARDS.replace('2021/3/5', '2021/2/30'), 'gbk') });
    const { diagnostics } = await loadAssessment(join(dir, 'enterprise.yaml'), assessmentSchema, 'plant/enterprise.yaml');
    expect(diagnostics).toMatchObject([{ code: 'csv-bad-value', location: { file: 'plant/hazards.csv', line: 2, column: 4, field: '发现日期' } }]);
  });

  it.each([
    ['a path out of the folder', '../outside.csv'],
    ['an absolute path', '/etc/passwd'],
    ['a symbolic link pointing outside', 'link.csv'],
  ])('refuses %s', async (_name, name) => {
    const dir = folder({ 'plant/a.yaml': `${HEAD}hazards: {$csv: ${name}}\n`, 'outside.csv': HAZARDS });
    symlinkSync(join(dir, '..', 'outside.csv'), join(dir, 'link.csv'));
    const { value, diagnostics } = await loadAssessment(join(dir, 'a.yaml'), assessmentSchema, 'a.yaml');
    expect(value).toBeUndefined();
    expect(diagnostics).toMatchObject([{ code: 'include-escapes-folder', location: { file: 'a.yaml', line: 3, column: 17 } }]);
  });

  it('refuses $csv where the schema has no list', async () => {
    const dir = folder({ 'plant/a.yaml': `${HEAD}investment: {$csv: fee.csv}\n`, 'plant/fee.csv': 'a\n1\n' });
    const { diagnostics } = await loadAssessment(join(dir, 'a.yaml'), assessmentSchema, 'a.yaml');
    expect(diagnostics).toMatchObject([{ code: 'include-not-table', pointer: '/investment' }]);
  });

  it('refuses a list given both in enterprise.yaml and by a CSV file beside it', async () => {
    const dir = folder({ 'plant/enterprise.yaml': `${HEAD}hazards: []\n`, 'plant/hazards.csv': HAZARDS });
    const { diagnostics } = await loadAssessment(join(dir, 'enterprise.yaml'), assessmentSchema, 'enterprise.yaml');
    expect(diagnostics).toMatchObject([{ code: 'include-conflict', location: { line: 3, column: 1 } }]);
  });

  it('given enterprise.yaml whose $csv names the very CSV the folder convention reads, reads it once, no conflict', async () => {
    const dir = folder({ 'plant/enterprise.yaml': `${HEAD}hazards: {$csv: ./hazards.csv}\n`, 'plant/hazards.csv': HAZARDS });
    const { value, diagnostics } = await loadAssessment(join(dir, 'enterprise.yaml'), assessmentSchema, 'plant/enterprise.yaml');
    expect(diagnostics).toEqual([]);
    expect(value?.data.hazards).toHaveLength(1);
    expect(value?.read?.filter((path) => path.endsWith('hazards.csv'))).toHaveLength(1);
  });

  it('given enterprise.yaml whose $csv names another file while hazards.csv lies beside it, reports two sources', async () => {
    const dir = folder({ 'plant/enterprise.yaml': `${HEAD}hazards: {$csv: old.csv}\n`, 'plant/hazards.csv': HAZARDS, 'plant/old.csv': HAZARDS });
    const { value, diagnostics } = await loadAssessment(join(dir, 'enterprise.yaml'), assessmentSchema, 'enterprise.yaml');
    expect(value).toBeUndefined();
    expect(diagnostics).toMatchObject([{ code: 'include-conflict', message: { key: 'include-conflict-csv', params: { other: 'old.csv', file: 'hazards.csv' } }, location: { line: 3, column: 1 } }]);
  });

  it('given a $csv naming a file that is not there, reports it at the file name in the YAML', async () => {
    const dir = folder({ 'plant/a.yaml': `${HEAD}hazards:\n  $csv: 隐患台账.csv\n` });
    const { value, diagnostics } = await loadAssessment(join(dir, 'a.yaml'), assessmentSchema, 'plant/a.yaml');
    expect(value).toBeUndefined();
    expect(diagnostics).toMatchObject([{ code: 'file-not-found', message: { key: 'include-not-found', params: { file: '隐患台账.csv' } }, location: { file: 'plant/a.yaml', line: 4, column: 9 } }]);
  });

  it('given a YAML that does not parse, still reads the ledgers beside it and reports their cells in the same run', async () => {
    const dir = folder({ 'plant/enterprise.yaml': `${HEAD}investment: {safetyFee: [}\n`, 'plant/hazards.csv': HAZARDS.replace('2021/3/5', '去年') });
    const { value, diagnostics } = await loadAssessment(join(dir, 'enterprise.yaml'), assessmentSchema, 'plant/enterprise.yaml');
    expect(value).toBeUndefined();
    const found = diagnostics.map((d) => [d.code, d.location?.file, d.location?.line]);
    expect(found[0]).toEqual(['yaml-syntax', 'plant/enterprise.yaml', 3]);
    expect(found.at(-1)).toEqual(['csv-bad-value', 'plant/hazards.csv', 2]);
  });

  it('given a bad cell in a required column, reports the cell once, not also as a missing field, beside a schema error of the YAML', async () => {
    const dir = folder({ 'plant/enterprise.yaml': HEAD.replace('employees: 5', 'employees: 很多'), 'plant/hazards.csv': HAZARDS.replace('2021/3/5', '去年'), 'plant/training.csv': '姓名,人员类别,学时,完成日期\n张,主要负责人,三十二,2026/3/5\n' });
    const { diagnostics } = await loadAssessment(join(dir, 'enterprise.yaml'), assessmentSchema, 'plant/enterprise.yaml');
    expect(diagnostics.map((d) => [d.code, d.location?.file, d.location?.line, d.location?.column])).toEqual([
      ['schema-violation', 'plant/enterprise.yaml', 1, 80],
      ['csv-bad-value', 'plant/hazards.csv', 2, 4],
      ['csv-bad-value', 'plant/training.csv', 2, 3],
    ]);
  });

  it('given a binary file as a ledger, reports an encoding error, not mojibake', async () => {
    const dir = folder({ 'plant/enterprise.yaml': HEAD, 'plant/hazards.csv': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0xff, 0xfe]) });
    const { diagnostics } = await loadAssessment(join(dir, 'enterprise.yaml'), assessmentSchema, 'enterprise.yaml');
    expect(diagnostics).toMatchObject([{ code: 'encoding-invalid', location: { file: 'hazards.csv', line: 1, column: 1 } }]);
  });
});
