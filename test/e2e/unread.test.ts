// Files the check could not read are said aloud, and an enterprise whose ledgers were not read is never
// 合格: fixtures/excel/unread/ (written by test/support/write-excel-fixtures.js) and links made here.
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runMain } from './run-cli.js';

const AS_OF = '2026-11-20';
const UNREAD = 'fixtures/excel/unread';
type Report = { enterprises: { verdict: string; undecided: number; warnings: { code: string; message: string; location?: { file: string } }[]; findings: { ruleId: string; status: string; severity: string; reason?: string; location?: { file: string; line: number } }[]; fiveInPlace: { state: string }[] }[] };
const json = async (path: string, cwd = ROOT) => {
  const run = await runMain(['check', path, '--as-of', AS_OF, '-f', 'json'], { cwd });
  return { code: run.code, report: JSON.parse(run.stdout) as Report, stderr: run.stderr };
};

const temp = mkdtempSync(join(tmpdir(), 'safety-audit-unread-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('ledgers the check did not read', () => {
  it('given a YAML not named enterprise.yaml with its ledgers beside it, warns for each CSV and is 资料不全, never 合格', async () => {
    const { code, report } = await json(`${UNREAD}/renamed-yaml`);
    const [result] = report.enterprises;
    expect(result!.verdict).toBe('incomplete');
    expect(result!.warnings.map((w) => w.code)).toEqual(Array(7).fill('csv-beside-other-yaml'));
    expect(result!.warnings[0]!.message).toContain('请将 自评-2026.yaml 改名为 enterprise.yaml');
    // The shutdown-level project rule and the major hazard rule are among those left undecided.
    const undecided = result!.findings.filter((f) => f.status === 'indeterminate');
    expect(undecided.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['GEN-MGT-005', 'GEN-HZ-003']));
    expect(result!.undecided).toBe(undecided.filter((f) => f.severity !== 'advisory').length);
    expect(result!.fiveInPlace.map((d) => d.state)).toContain('undecided');
    expect(code).toBe(1);
  });

  it('given the drills saved under a name that matches no ledger, names the file and the ledger names', async () => {
    const { report } = await json(`${UNREAD}/stray-csv`);
    const [result] = report.enterprises;
    expect(result!.warnings.map((w) => [w.code, w.location?.file])).toEqual([['csv-unmatched', `${UNREAD}/stray-csv/台账汇总.csv`]]);
    expect(result!.warnings[0]!.message).toContain('未读取 台账汇总.csv：文件名不对应任何台账');
    expect(result!.verdict).toBe('incomplete');
  });

  it('given a ledger column cut from the CSV, the rules reading it are undecided at the header, naming the column — never failed', async () => {
    const { report } = await json(`${UNREAD}/cut-column`);
    const [result] = report.enterprises;
    const undecided = result!.findings.filter((f) => f.reason?.includes('缺少列'));
    expect(undecided.length).toBeGreaterThan(0);
    for (const finding of undecided) {
      expect(finding).toMatchObject({ status: 'indeterminate', location: { file: `${UNREAD}/cut-column/hazards.csv`, line: 1 } });
      expect(finding.reason).toBe(`${UNREAD}/cut-column/hazards.csv 缺少列「向监管部门报告日期」：请补充此列后重新检查`);
    }
    expect(result!.findings.filter((f) => f.status === 'fail')).toEqual([]);
    expect(result!.verdict).toBe('incomplete');
  });

  it.each([
    ['dangling', (dir: string) => symlinkSync('no-such-ledger.csv', join(dir, 'risks.csv'))],
    ['looping', (dir: string) => (symlinkSync('risks.csv', join(dir, 'loop.csv')), symlinkSync('loop.csv', join(dir, 'risks.csv')))],
  ])('given a ledger that is a %s link, warns and does not say 合格', async (name, link) => {
    const dir = join(temp, name);
    cpSync(join(ROOT, 'fixtures/excel/gbk-enterprise'), dir, { recursive: true });
    rmSync(join(dir, 'risks.csv'));
    link(dir);
    const { report } = await json(dir, temp);
    const [result] = report.enterprises;
    expect(result!.warnings.map((w) => [w.code, w.location?.file])).toContainEqual(['file-link-broken', `${name}/risks.csv`]);
    expect(result!.verdict).not.toBe('compliant');
  });
});

describe('warnings reach every format', () => {
  it('given the stray-CSV folder, the table, JSON, SARIF, JUnit, Markdown, CSV and HTML each name 台账汇总.csv', async () => {
    const out = join(temp, 'formats');
    const formats = ['json', 'sarif', 'junit', 'markdown', 'csv', 'html'];
    const { code, stdout } = await runMain(['check', `${UNREAD}/stray-csv`, '--as-of', AS_OF, ...formats.flatMap((f) => ['-f', `${f}:${out}.${f}`]), '-f', 'table']);
    expect(code).toBe(0);
    expect(stdout).toContain('结论: 资料不全');
    expect(stdout).toContain('未读取 台账汇总.csv');
    for (const format of formats) expect(readFileSync(`${out}.${format}`, 'utf8'), format).toContain('台账汇总.csv');
    const sarif = JSON.parse(readFileSync(`${out}.sarif`, 'utf8'));
    expect(sarif.runs[0].properties.enterprises[0]).toMatchObject({ verdict: 'incomplete', verdictText: '资料不全' });
    expect(readFileSync(`${out}.html`, 'utf8')).toContain('class="verdict verdict-incomplete"');
  });
});
