// `safety-audit fields`: what may be filled in, where, and with which values — run in-process (the process
// boundary is not the point here).
import { describe, expect, it } from 'vitest';
import { runMain } from './run-cli.js';

describe('fields', () => {
  it('given --sector hazardous-chemicals --json, lists the general and the sector fields, not other sectors', async () => {
    const { code, stdout } = await runMain(['fields', '--sector', 'hazardous-chemicals', '--json']);
    expect(code).toBe(0);
    const rows = JSON.parse(stdout) as { path: string; allowed: string[]; table?: { file: string; sheet: string; column: string } }[];
    expect(rows.find((row) => row.path === 'hazardousChemicals.units[].kind')).toMatchObject({
      allowed: ['生产装置', '储罐区', '库区', '其他'], table: { file: 'hc-units.csv', sheet: '生产单元和储存单元', column: '单元类型' },
    });
    expect(rows.some((row) => row.path.startsWith('hazards[].'))).toBe(true);
    expect(rows.some((row) => row.path.startsWith('coalMine.'))).toBe(false);
  }, 60_000);

  it('prints a table with Chinese titles and allowed values', async () => {
    const { code, stdout } = await runMain(['fields', '--sector', 'hazardous-chemicals']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/│ hazards\[\]\.level +│ 隐患等级 +│ 选项 +│ 一般、重大 +│ ✔ +│ hazards\.csv \/ 隐患排查治理台账：隐患等级/);
  }, 60_000);

  it('given an unknown sector, is a usage error (exit 2)', async () => {
    const { code, stderr } = await runMain(['fields', '--sector', 'bakery']);
    expect(code).toBe(2);
    expect(stderr).toContain('未知的行业 bakery');
  }, 60_000);
});
