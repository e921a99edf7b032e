import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMain } from './run-cli.js';

const scratch = () => mkdtempSync(join(tmpdir(), 'init-'));

describe('init', () => {
  it('writes enterprise.yaml, the schema and CSV ledger templates with Chinese headers in UTF-8 with BOM', async () => {
    const cwd = scratch();
    const { code, stdout } = await runMain(['init', '晋安储运', '--sector', 'road-transport'], { cwd });
    expect(code).toBe(0);
    expect(stdout).toContain('已生成自评文件夹 晋安储运');
    const folder = join(cwd, '晋安储运');
    expect(readdirSync(folder).sort()).toEqual([
      'assessment.schema.json', 'drills.csv', 'enterprise.yaml', 'hazards.csv', 'projects.csv', 'risks.csv',
      'rt-driving-logs.csv', 'rt-drivers.csv', 'rt-escorts.csv', 'rt-lines.csv', 'rt-vehicles.csv',
      'safety-managers.csv', 'special-operators.csv', 'training.csv',
    ].sort());
    const hazards = readFileSync(join(folder, 'hazards.csv'));
    expect([...hazards.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(hazards.toString('utf8')).toContain('隐患编号*,隐患描述*');
    expect(readFileSync(join(folder, 'enterprise.yaml'), 'utf8')).toMatch(/^# yaml-language-server: \$schema=\.\/assessment\.schema\.json/);
  });

  it('then check on the untouched template gives located missing-field errors, not a crash', async () => {
    const cwd = scratch();
    await runMain(['init', 'plant'], { cwd });
    const { code, stdout, stderr } = await runMain(['check', 'plant'], { cwd });
    expect(code).toBe(2);
    expect(stderr).toBe('');
    expect(stdout).toContain('plant/enterprise.yaml:10:3 enterprise.name: 缺少必填字段');
    expect(stdout).toContain('plant/enterprise.yaml:31:3 assessment.date: 缺少必填字段');
  });

  it('filled in, the folder is checked with its CSV ledger', async () => {
    const cwd = scratch();
    await runMain(['init', 'plant'], { cwd });
    const yaml = join(cwd, 'plant', 'enterprise.yaml');
    const filled = readFileSync(yaml, 'utf8')
      .replace('  name:\n', '  name: 山西某运输有限公司\n').replace('  creditCode:\n', '  creditCode: 91140100MA0K12340F\n')
      .replace('  region:\n', '  region: 山西省太原市\n').replace('  employees:\n', '  employees: 40\n')
      .replace('  date:\n', '  date: 2026-11-20\n').replace('  assessor:\n', '  assessor: 李\n');
    writeFileSync(yaml, filled);
    writeFileSync(join(cwd, 'plant', 'hazards.csv'), `${readFileSync(join(cwd, 'plant', 'hazards.csv'), 'utf8')}YH-1,罐车静电接地失效,重大,2026/11/1,2026/11/10,整改中,,2026/11/2,,王工\r\n`);
    const { code, stdout } = await runMain(['check', 'plant', '--as-of', '2026-11-20', '-f', 'json'], { cwd });
    const findings = JSON.parse(stdout).enterprises[0].findings;
    expect(findings.find((f: { ruleId: string }) => f.ruleId === 'GEN-HZ-003')).toMatchObject({
      status: 'fail', item: 'YH-1', location: { file: 'plant/hazards.csv', line: 3, column: 6 },
    });
    expect(code).toBe(1);
  });

  it('never overwrites: a second init into the same folder exits 2 and changes nothing', async () => {
    const cwd = scratch();
    await runMain(['init', 'plant'], { cwd });
    const before = statSync(join(cwd, 'plant', 'enterprise.yaml')).mtimeMs;
    const { code, stderr } = await runMain(['init', 'plant'], { cwd });
    expect(code).toBe(2);
    expect(stderr).toContain('不覆盖已有文件：plant/enterprise.yaml');
    expect(statSync(join(cwd, 'plant', 'enterprise.yaml')).mtimeMs).toBe(before);
  });

  it('given --lang en, comments in English and headers as field names', async () => {
    const cwd = scratch();
    await runMain(['init', 'plant', '--lang', 'en'], { cwd });
    expect(readFileSync(join(cwd, 'plant', 'hazards.csv'), 'utf8')).toMatch(/^\ufeffid\*,description\*/);
    expect(readFileSync(join(cwd, 'plant', 'enterprise.yaml'), 'utf8')).toContain('# Registered name of the enterprise. (required)');
  });

  it('given an unknown sector, lists the known ones and writes nothing', async () => {
    const cwd = scratch();
    const { code, stderr } = await runMain(['init', 'plant', '--sector', 'mining'], { cwd });
    expect(code).toBe(2);
    expect(stderr).toContain('未知的行业 mining');
    expect(readdirSync(cwd)).toEqual([]);
  });
});
