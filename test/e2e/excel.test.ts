// Spreadsheet ledgers as people really hand them in: fixtures/excel/, written by
// test/support/write-excel-fixtures.js from fixtures/general/compliant.yaml.
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { built, ROOT, runMain } from './run-cli.js';

// The loader, schema and rules of the build these checks run (see run-cli.ts's `built`), to read the files back.
const { loadAssessment } = await built<typeof import('../../src/input/index.js')>('input/index.js');
const { compileSchema } = await built<typeof import('../../src/schema/index.js')>('schema/index.js');
const { loadRuleSet } = await built<typeof import('../../src/rules/index.js')>('rules/index.js');
const { bundledPackFiles } = await built<typeof import('../../src/cli/package-info.js')>('cli/package-info.js');

const AS_OF = '2026-11-20';
const COMPLIANT = 'fixtures/general/compliant.yaml';
const GBK = 'fixtures/excel/gbk-enterprise';
const UTF8 = 'fixtures/excel/utf8-bom-enterprise';
const UTF16 = 'fixtures/excel/utf16-tab-enterprise';
const MALFORMED = 'fixtures/excel/malformed';

/** The same enterprise in every form: a folder (the convention), and the UTF-16 one named as a file. */
const GOOD = [
  ['GBK ledgers from Excel on Chinese Windows', GBK],
  ['"CSV UTF-8" ledgers and a $csv include', UTF8],
  ['UTF-16 tab-separated "Unicode 文本" ledgers', `${UTF16}/enterprise.yaml`],
] as const;

interface Finding { ruleId: string; item?: string; status: string; message: string; location?: { file: string; line: number; column: number } }
interface Enterprise { file: string; verdict: string; findings: Finding[] }

/** Each path and date is checked once per file (in-process): several tests read the same run. */
const checked = new Map<string, Promise<{ code: number | null; enterprise: Enterprise }>>();
function checkJson(path: string, asOf = AS_OF): Promise<{ code: number | null; enterprise: Enterprise }> {
  const key = `${path} ${asOf}`;
  if (!checked.has(key)) {
    const run = runMain(['check', path, '--as-of', asOf, '-f', 'json', '--fail-on', 'none', '--include-passes']);
    checked.set(key, run.then(({ code, stdout }) => ({ code, enterprise: JSON.parse(stdout).enterprises[0] })));
  }
  return checked.get(key)!;
}
/** The 2026-11-20 rule set's assessment schema and its compiled validator, made once per file. */
let loaded: Promise<{ schema: Parameters<typeof compileSchema>[0]; validate: ReturnType<typeof compileSchema> }> | undefined;
const schemaOf2026 = () => (loaded ??= loadRuleSet(bundledPackFiles(), '2026-11-20').then(({ ruleSet }) => ({ schema: ruleSet!.schema, validate: compileSchema(ruleSet!.schema) })));
const statuses = (enterprise: Enterprise) => enterprise.findings.map(({ ruleId, item, status }) => ({ ruleId, item, status }));
const outcomes = (enterprise: Enterprise) => enterprise.findings.map(({ ruleId, item, status, message }) => ({ ruleId, item, status, message }));
const find = (enterprise: Enterprise, ruleId: string, item: string) => enterprise.findings.find((f) => f.ruleId === ruleId && f.item === item);

describe('check on Excel-style ledgers beside enterprise.yaml', () => {
  it.each(GOOD)('given %s, says 合格 with all five in place and exits 0', async (_name, path) => {
    const { code, stdout } = await runMain(['check', path, '--as-of', AS_OF]);
    expect(stdout).toContain('结论: 合格');
    expect(stdout).toContain('五到位: 主体责任 ✔  基础管理 ✔  安全投入 ✔  安全培训 ✔  应急救援 ✔');
    expect(code).toBe(0);
  });

  it.each(GOOD)('given %s, finds exactly what the YAML finds (rule, item, status)', async (_name, path) => {
    const compliant = (await checkJson(COMPLIANT)).enterprise;
    const { enterprise } = await checkJson(path);
    expect(enterprise.verdict).toBe('compliant');
    expect(statuses(enterprise)).toEqual(statuses(compliant));
  });

  it.each(GOOD)('given %s at --as-of 2031-01-01, fails the same rules with the same messages (dates read right)', async (_name, path) => {
    const later = async (p: string) => outcomes((await checkJson(p, '2031-01-01')).enterprise);
    expect(await later(path)).toEqual(await later(COMPLIANT));
  });

  it.each(GOOD)('given %s, reads every cell back to the data of the compliant YAML', async (_name, path) => {
    const file = path.endsWith('.yaml') ? path : `${path}/enterprise.yaml`;
    const { value, diagnostics } = await loadAssessment(join(ROOT, file), await schemaOf2026(), file);
    expect(diagnostics).toEqual([]);
    expect(value?.data).toEqual(parse(readFileSync(join(ROOT, COMPLIANT), 'utf8')));
  });
});

describe('findings over a CSV list are located in the CSV', () => {
  const later = async () => (await checkJson(GBK, '2031-01-01')).enterprise;

  it('given an overdue hazard in hazards.csv, points at its 整改期限 cell', async () => {
    expect(find(await later(), 'GEN-HZ-002', 'YH-2026-087')).toMatchObject({
      status: 'fail',
      location: { file: `${GBK}/hazards.csv`, line: 4, column: 5, field: '整改期限' },
    });
    expect((await runMain(['check', GBK, '--as-of', '2031-01-01'])).stdout).toContain(`${GBK}/hazards.csv:4:5 (整改期限)`);
  });

  it('given a $csv include in a subfolder, points into that file', async () => {
    expect(find((await checkJson(UTF8, '2031-01-01')).enterprise, 'GEN-HZ-002', 'YH-2026-087')?.location).toEqual({
      file: `${UTF8}/ledgers/隐患台账.csv`, line: 4, column: 5, field: '整改期限',
    });
  });

  it('given expired special operation certificates, points at the first certificate cell of each operator row', async () => {
    expect(find(await later(), 'GEN-TRN-006', '#1')).toMatchObject({ status: 'fail', location: { file: `${GBK}/special-operators.csv`, line: 2, column: 3 } });
    expect(find(await later(), 'GEN-TRN-006', '#2')).toMatchObject({ status: 'fail', location: { file: `${GBK}/special-operators.csv`, line: 3, column: 3 } });
  });

  it('given a project in projects.csv, points at the cell the rule reads', async () => {
    expect(find(await later(), 'GEN-MGT-004', '#2')?.location).toMatchObject({ file: `${GBK}/projects.csv`, line: 3, column: 10 });
  });
});

describe('the committed files are in the encoding they claim', () => {
  const bytes = (file: string) => readFileSync(join(ROOT, file));
  const strictUtf8 = (data: Uint8Array) => new TextDecoder('utf-8', { fatal: true }).decode(data);

  it.each([
    ['enterprise.yaml', '# Generated by', '山西晋安危险货物运输有限公司'],
    ['hazards.csv', '隐患编号*,隐患描述,隐患等级,发现日期,整改期限,整改状态', '晋A·D1234罐车紧急切断阀动作迟缓'],
    ['risks.csv', '风险编号,风险点, 风险等级 ,管控措施', '危险货物长途运输（疲劳驾驶、超速）'],
    ['training.csv', '姓名,人员类别,培训类型,学时,完成日期,考核是否合格', '王小军,新上岗从业人员,岗前培训,16,'],
    ['drills.csv', '演练日期,演练科目,演练类型,报送监管部门日期', '液化石油气罐车泄漏专项应急演练'],
    ['special-operators.csv', '姓名,作业类别,特种作业操作证.证书编号', '焊接与热切割作业'],
    ['safety-managers.csv', '姓名,任职日期,证书编号,发证日期,有效期至,最近复审日期,是否专职', '赵丽'],
    ['projects.csv', '项目名称,项目类别,安全评价（预评价）完成日期', '危险货物专用停车场扩建工程'],
  ])('given gbk-enterprise/%s, strict UTF-8 refuses it and GBK reads it, with CRLF line ends', (file, start, text) => {
    const data = bytes(`${GBK}/${file}`);
    expect(() => strictUtf8(data)).toThrow();
    const decoded = iconv.decode(data, 'gbk');
    expect(decoded.startsWith(start)).toBe(true);
    expect(decoded).toContain(text);
    expect(decoded).not.toMatch(/[^\r]\n/);
  });

  it('given the GBK ledgers, Excel left its trailing empty row and mixed date and yes/no styles', () => {
    const hazards = iconv.decode(bytes(`${GBK}/hazards.csv`), 'gbk');
    expect(hazards.endsWith('\r\n,,,,,,,,,\r\n')).toBe(true);
    expect(hazards).toMatch(/,4\d{4},/); // an Excel serial date
    for (const style of [/2026\/\d+\/\d+/, /2026年\d+月\d+日/, /2026\.\d+\.\d+/, /2026-\d\d-\d\d/]) expect(hazards).toMatch(style);
    expect(iconv.decode(bytes(`${GBK}/training.csv`), 'gbk')).toContain(',√\r\n');
    expect(iconv.decode(bytes(`${GBK}/safety-managers.csv`), 'gbk')).toMatch(/,是,否\r\n/);
  });

  it.each(['ledgers/隐患台账.csv', 'risks.csv', 'training.csv', 'drills.csv', 'special-operators.csv', 'safety-managers.csv', 'projects.csv'])(
    'given utf8-bom-enterprise/%s, it is UTF-8 with a BOM',
    (file) => {
      const data = bytes(`${UTF8}/${file}`);
      expect([...data.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(() => strictUtf8(data)).not.toThrow();
    },
  );

  it('given utf8-bom-enterprise, some headers are English field names and some Chinese titles', () => {
    const header = (file: string) => strictUtf8(bytes(`${UTF8}/${file}`)).split('\r\n')[0];
    expect(header('training.csv')).toBe('person,role,kind,Hours,CompletedOn,passed');
    expect(header('special-operators.csv')).toContain('certificate.expiresOn');
    expect(header('ledgers/隐患台账.csv')).toMatch(/^隐患编号,隐患描述/);
    expect(readFileSync(join(ROOT, UTF8, 'enterprise.yaml'), 'utf8')).toContain('$csv: ledgers/隐患台账.csv');
  });

  it('given utf16-tab-enterprise, every file is UTF-16 LE with a BOM, the ledgers tab-separated', () => {
    for (const file of readdirSync(join(ROOT, UTF16))) {
      const data = bytes(`${UTF16}/${file}`);
      expect([...data.subarray(0, 2)], file).toEqual([0xff, 0xfe]);
      if (file.endsWith('.csv')) expect(iconv.decode(data.subarray(2), 'utf16le').split('\r\n')[0], file).toContain('\t');
    }
  });
});

describe('check on malformed ledgers', () => {
  it.each([
    ['ragged-row', 'hazards.csv:3:1 此行有 11 列，表头有 10 列'],
    ['bad-date', 'hazards.csv:3:5 (整改期限) 「2026/2/30」不是真实存在的日期'],
    ['unknown-header', 'hazards.csv:1:11 (备注) 未知的列「备注」（请检查表头拼写，可用字段名或中文名）'],
    ['missing-column', 'hazards.csv:1:1 缺少必填列「整改状态」（status）'],
    ['bad-boolean', 'safety-managers.csv:3:7 (是否专职) 「专职」不是是/否（可填 是/否、有/无、√/×、Y/N、true/false、1/0）'],
    ['binary-junk', 'hazards.csv:1:1 无法识别文件编码，或不是文本文件（支持 UTF-8、带 BOM 的 UTF-16、GBK/GB18030）'],
    ['escape', 'enterprise.yaml:922:9 hazards: 引用的文件 ../outside.csv 不在企业文件夹内（不允许 ../、绝对路径或指向外部的链接）'],
    ['gbk-bad-cell', 'hazards.csv:4:5 (整改期限) 「下月底」不是日期（可填 2021-03-05、2021/3/5、2021.3.5、2021年3月5日）'],
    ['conflict', 'enterprise.yaml:921:1 hazards: 既在 YAML 中填写，又有同名 CSV 文件 hazards.csv：请只保留一处'],
    ['old-workbook', 'drills.xls:1:1 无法读取 .xls 格式的表格（旧版 Excel 97-2003、WPS 或其他格式）：请在 Excel 或 WPS 中“另存为”→“Excel 工作簿 (*.xlsx)”'],
    ['corrupt-workbook', 'drills.xlsx:1:1 不是有效的 .xlsx 工作簿（文件已损坏或不是 Excel 文件），未读取'],
  ])('given malformed/%s, prints %j at its location and exits 2', async (folder, message) => {
    const { code, stdout, stderr } = await runMain(['check', `${MALFORMED}/${folder}`, '--as-of', AS_OF]);
    expect(stdout).toContain(`✖ ${MALFORMED}/${folder}/enterprise.yaml  输入错误，未检查`);
    expect(stdout.split('\n')).toContain(`  ${MALFORMED}/${folder}/${message}`);
    expect(stdout + stderr).not.toMatch(/\bat .+\.[jt]s:\d+/); // in-process, a stack would name the .ts sources
    expect(code).toBe(2);
  });

  it('given malformed/unclosed-quote (CRLF, as Excel writes), points at the line where the quote opens and exits 2', async () => {
    const { code, stdout } = await runMain(['check', `${MALFORMED}/unclosed-quote`, '--as-of', AS_OF]);
    expect(stdout.split('\n')).toContain(`  ${MALFORMED}/unclosed-quote/hazards.csv:3:1 引号未闭合：单元格以 " 开始但没有结束的 "`);
    expect(code).toBe(2);
  });

  it('given --lang en, says it in English at the same cell, the Chinese header decoded from GBK', async () => {
    const { code, stdout } = await runMain(['check', `${MALFORMED}/gbk-bad-cell`, '--as-of', AS_OF, '--lang', 'en']);
    expect(stdout.split('\n')).toContain(
      `  ${MALFORMED}/gbk-bad-cell/hazards.csv:4:5 (整改期限) "下月底" is not a date (use 2021-03-05, 2021/3/5, 2021.3.5 or 2021年3月5日)`,
    );
    expect(code).toBe(2);
  });

  it('given JSON output, the error names the enterprise and locates the CSV cell', async () => {
    const { code, stdout } = await runMain(['check', `${MALFORMED}/bad-date`, '--as-of', AS_OF, '-f', 'json']);
    expect(JSON.parse(stdout).errors).toEqual([
      {
        file: `${MALFORMED}/bad-date/enterprise.yaml`,
        code: 'csv-bad-value',
        message: '「2026/2/30」不是真实存在的日期',
        location: { file: `${MALFORMED}/bad-date/hazards.csv`, line: 3, column: 5, field: '整改期限' },
      },
    ]);
    expect(code).toBe(2);
  });
});

describe('check on a folder of enterprises', () => {
  const malformed = readdirSync(join(ROOT, MALFORMED), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `${MALFORMED}/${entry.name}/enterprise.yaml`)
    .sort();

  it('given fixtures/excel, checks every enterprise, good and malformed, one bad folder stopping none, and exits 2', async () => {
    const { code, stdout } = await runMain(['check', 'fixtures/excel', '--as-of', AS_OF, '-f', 'json']);
    const output = JSON.parse(stdout);
    const checked = output.enterprises.map((e: Enterprise) => e.file);
    const unread = ['cut-column/enterprise.yaml', 'renamed-yaml/自评-2026.yaml', 'stray-csv/enterprise.yaml'].map((file) => `fixtures/excel/unread/${file}`);
    expect(checked).toEqual([`${GBK}/enterprise.yaml`, ...unread, `${UTF16}/enterprise.yaml`, `${UTF8}/enterprise.yaml`]);
    // The good folders are 合格; the ones read only in part never are.
    expect(output.enterprises.map((e: Enterprise) => e.verdict)).toEqual(['compliant', 'incomplete', 'incomplete', 'incomplete', 'compliant', 'compliant']);
    expect([...new Set(output.errors.map((e: { file: string }) => e.file))].sort()).toEqual(malformed);
    expect(malformed).toHaveLength(12);
    expect(output.summary.invalid).toBe(malformed.length);
    expect(code).toBe(2);
  });

  it('given fixtures/excel as a table, reports each enterprise and each located error', async () => {
    const { code, stdout } = await runMain(['check', 'fixtures/excel', '--as-of', AS_OF]);
    for (const file of malformed) expect(stdout).toContain(`✖ ${file}  输入错误，未检查`);
    expect(stdout).toContain(`${MALFORMED}/bad-date/hazards.csv:3:5 (整改期限) 「2026/2/30」不是真实存在的日期`);
    expect(stdout.match(/结论: 合格/g)).toHaveLength(3);
    expect(stdout).toContain('资料不全 3，限期整改 0，合格 3，输入错误 12');
    expect(code).toBe(2);
  });

  it('given a folder holding a UTF-16 enterprise.yaml (Notepad "Unicode"), finds and checks it', async () => {
    const { code, stdout } = await runMain(['check', UTF16, '--as-of', AS_OF]);
    expect(stdout).toContain('结论: 合格');
    expect(code).toBe(0);
  });

  // A UTF-8 BOM before `enterprise:` on line 1 (Notepad's "UTF-8" before Windows 10 1903).
  it('given a folder holding a UTF-8-with-BOM enterprise.yaml that starts with enterprise:, finds and checks it', async () => {
    const folder = join(mkdtempSync(join(tmpdir(), 'excel-')), 'plant');
    cpSync(join(ROOT, UTF8), folder, { recursive: true });
    const yaml = readFileSync(join(folder, 'enterprise.yaml'), 'utf8').replace(/^(#.*\n)+/, '');
    writeFileSync(join(folder, 'enterprise.yaml'), `\ufeff${yaml}`);
    expect((await runMain(['check', join(folder, 'enterprise.yaml'), '--as-of', AS_OF])).code).toBe(0); // named directly it is fine
    const { code, stdout } = await runMain(['check', folder, '--as-of', AS_OF]);
    expect(stdout).toContain('结论: 合格');
    expect(code).toBe(0);
  });
});
