// The README's nightly loop (config file, the group's own pack, a baseline, the four lists) run as written:
// its config and script blocks, twice, with `safety-audit` on the PATH as the built bin.
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './run-cli.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const block = (name: string) => new RegExp(`<!-- nightly:${name} -->\\n\`\`\`\\w+\\n([\\s\\S]*?)\`\`\``).exec(readme)?.[1];

interface Night {
  code: number | null;
  report: { enterprises: { enterprise: { creditCode: string }; verdict: string; history?: unknown[]; findings: { ruleId: string; origin?: string; baselineState?: string; status: string; severity: string }[] }[]; baseline?: unknown };
}

let dir: string;
const nights: Night[] = [];

function run(command: string, args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(command, args, { cwd: dir, encoding: 'utf8', env: { ...process.env, PATH: `${join(dir, 'bin')}:${process.env.PATH}`, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'nightly-'));
  mkdirSync(join(dir, 'bin'));
  writeFileSync(join(dir, 'bin', 'safety-audit'), `#!/bin/sh\nexec "${process.execPath}" "${join(ROOT, 'bin', 'safety-audit.js')}" "$@"\n`);
  chmodSync(join(dir, 'bin', 'safety-audit'), 0o755);
  for (const name of readdirSync(join(ROOT, 'fixtures', 'general'))) cpSync(join(ROOT, 'fixtures', 'general', name), join(dir, 'subsidiaries', name));
  expect(run('safety-audit', ['init', '--pack', 'group-rules']).code).toBe(0);
  writeFileSync(join(dir, 'safety-audit.config.yaml'), block('config')!);
  mkdirSync(join(dir, 'ci'));
  writeFileSync(join(dir, 'ci', 'nightly.sh'), block('script')!);
  for (let night = 0; night < 2; night++) {
    const { code } = run('sh', ['ci/nightly.sh']);
    nights.push({ code, report: JSON.parse(readFileSync(join(dir, 'reports', 'audit.json'), 'utf8')) });
  }
}, 240_000);

describe('the README nightly loop', () => {
  it('has the config and the script blocks', () => {
    expect(block('config')).toContain('rules: [group-rules]');
    expect(block('script')).toContain('--baseline last-night/audit.json --fail-on-new');
  });

  it('config --print names the file as the source of its settings', () => {
    const { code, stdout } = run('safety-audit', ['config', '--print']);
    expect(code).toBe(0);
    expect(stdout).toContain('safety-audit.config.yaml:');
    expect(stdout).toContain('group-rules');
  });

  it('checks with the group pack: its findings are the group\'s', () => {
    const group = nights[0]!.report.enterprises.flatMap((result) => result.findings.filter((finding) => finding.origin === 'group'));
    expect(group.length).toBeGreaterThan(0);
    expect(group.every((finding) => finding.ruleId.startsWith('GROUP-'))).toBe(true);
  });

  it('exits 3 both nights: a shutdown-level finding fails even when it is not new', () => {
    expect(nights.map((night) => night.code)).toEqual([3, 3]);
    const second = nights[1]!.report;
    expect(second.baseline).toBeDefined();
    const open = second.enterprises.flatMap((result) => result.findings.filter((finding) => finding.status === 'fail'));
    expect(open.some((finding) => finding.severity === 'shutdown')).toBe(true);
    expect(open.every((finding) => finding.baselineState === 'unchanged')).toBe(true);
  });

  it('keeps each subsidiary\'s verdict history from the first night', () => {
    const [first, second] = nights.map((night) => night.report);
    expect(first!.enterprises.every((result) => !result.history?.length)).toBe(true);
    expect(second!.enterprises.every((result) => result.history?.length === 1)).toBe(true);
  });

  it('writes the four lists, which open with their four sheets', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, 'reports', '四个清单.xlsx'));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['问题隐患清单', '制度措施清单', '挂牌督办清单', '追责问责清单']);
    expect(workbook.getWorksheet('问题隐患清单')!.actualRowCount).toBeGreaterThan(2);
    expect(existsSync(join(dir, 'reports', 'codequality.json'))).toBe(true);
    expect(existsSync(join(dir, 'last-night', 'audit.json'))).toBe(true);
  });
});
