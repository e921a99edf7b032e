// `check --baseline earlier.json`: each failed or undecided finding is new, unchanged or changed since the
// earlier run; findings gone from an enterprise checked again are listed as resolved; `--fail-on-new` exits on
// new ones only — but a shutdown-level violation exits 3 whether or not the baseline had it.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, runMain } from './run-cli.js';
import { sarifProblems } from '../support/sarif-schema.js';

type Finding = { ruleId: string; status: string; baselineState?: string; item?: string };
type Report = { enterprises: { file: string; findings: Finding[] }[]; baseline: { resolved: { file: string; finding: Finding }[] } };

describe('check --baseline', async () => {
  const cwd = mkdtempSync(join(tmpdir(), 'baseline-'));
  cpSync(join(ROOT, 'fixtures/general'), join(cwd, 'general'), { recursive: true });
  const base = ['--as-of', '2026-11-20'];
  await runMain(['check', 'general', ...base, '-f', 'json:baseline.json', '--fail-on', 'none'], { cwd });
  // Since then: one enterprise put its project's safety budget right; another under-extracted its safety fee.
  const edit = (file: string, from: string, to: string) => writeFileSync(join(cwd, file), readFileSync(join(cwd, file), 'utf8').replace(from, to));
  edit('general/violating-paperwork.yaml', 'safetyBudgeted: false', 'safetyBudgeted: true');
  edit('general/compliant.yaml', 'extracted: 610000', 'extracted: 500000');
  const run = await runMain(['check', 'general', ...base, '--baseline', 'baseline.json', '-f', 'json', '--fail-on-new'], { cwd });
  const report = JSON.parse(run.stdout) as Report;
  const open = (file: string) => report.enterprises.find((e) => e.file === file)!.findings.filter((f) => f.status === 'fail' || f.status === 'indeterminate');

  it('marks what appeared since as new, and what was there as unchanged', () => {
    expect(open('general/compliant.yaml').map((f) => [f.ruleId, f.baselineState])).toEqual([[expect.stringMatching(/^GEN-INV-/), 'new']]);
    expect(open('general/violating-licence.yaml').every((f) => f.baselineState === 'unchanged')).toBe(true);
  });

  it('lists what was fixed as resolved', () => {
    expect(report.baseline.resolved.map((gone) => [gone.file, gone.finding.ruleId])).toEqual([['general/violating-paperwork.yaml', 'GEN-MGT-004']]);
  });

  it('with --fail-on-new, still exits 3 on the shutdown the baseline already had', () => {
    expect(run.code).toBe(3);
  });

  it('with --fail-on-new, an enterprise whose findings all persist passes; without it, it fails', async () => {
    const persisting = ['check', 'general/violating-paperwork.yaml', ...base, '--baseline', 'baseline.json', '--fail-on', 'general', '-f', 'json:x.json'];
    expect((await runMain([...persisting, '--fail-on-new'], { cwd })).code).toBe(0);
    expect((await runMain(persisting, { cwd })).code).toBe(1);
  });

  it('shows it in the table, SARIF (baselineState, resolved as absent) and HTML', async () => {
    const shown = await runMain(['check', 'general', ...base, '--baseline', 'baseline.json', '-f', 'table', '-f', 'sarif:audit.sarif', '-f', 'html:audit.html'], { cwd });
    expect(shown.stdout).toContain('新增');
    expect(shown.stdout).toContain('自基线（baseline.json，判定日期 2026-11-20）以来已消除');
    expect(shown.stdout).toMatch(/与基线相比：新增 1，有变化 0，未变 \d+，已消除 1/);
    const sarif = JSON.parse(readFileSync(join(cwd, 'audit.sarif'), 'utf8'));
    expect(sarifProblems(sarif)).toEqual([]);
    const results = sarif.runs[0].results as { ruleId: string; baselineState?: string }[];
    expect(new Set(results.map((r) => r.baselineState))).toEqual(new Set(['new', 'unchanged', 'absent']));
    expect(results.find((r) => r.baselineState === 'absent')?.ruleId).toBe('GEN-MGT-004');
    const page = readFileSync(join(cwd, 'audit.html'), 'utf8');
    expect(page).toContain('<span class="badge baseline">新增</span>');
    expect(page).toContain('<ul class="resolved"><li><code>GEN-MGT-004</code>');
  });

  it('given --fail-on-new without a baseline, says so and exits 2', async () => {
    const alone = await runMain(['check', 'general', ...base, '--fail-on-new'], { cwd });
    expect(alone.code).toBe(2);
    expect(alone.stderr).toContain('--fail-on-new 需要与 --baseline 一起使用');
  });

  it('given a baseline that is not a report, names it and exits 2 before checking', async () => {
    const bad = await runMain(['check', 'general', ...base, '--baseline', 'general/compliant.yaml'], { cwd });
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('general/compliant.yaml:1:1');
  });

  it('given the baseline with its keys re-sorted (as `jq -S` writes it), compares exactly the same', async () => {
    const sortKeys = (value: unknown): unknown =>
      Array.isArray(value) ? value.map(sortKeys) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, sortKeys(v)])) : value;
    writeFileSync(join(cwd, 'sorted.json'), JSON.stringify(sortKeys(JSON.parse(readFileSync(join(cwd, 'baseline.json'), 'utf8'))), null, 1));
    const sorted = await runMain(['check', 'general', ...base, '--baseline', 'sorted.json', '-f', 'json', '--fail-on-new'], { cwd });
    const without = (text: string) => {
      const { generatedAt: _, baseline: { file: _file, ...baseline }, ...rest } = JSON.parse(text) as { generatedAt: string; baseline: { file: string } };
      return { ...rest, baseline };
    };
    expect(sorted.code).toBe(run.code);
    expect(without(sorted.stdout)).toEqual(without(run.stdout));
  });

  it('given a baseline with an enterprise no report could hold, names the enterprise and field and exits 2', async () => {
    const broken = JSON.parse(readFileSync(join(cwd, 'baseline.json'), 'utf8')) as { enterprises: { verdict: string }[] };
    broken.enterprises[1]!.verdict = '优秀';
    writeFileSync(join(cwd, 'broken.json'), JSON.stringify(broken, null, 2));
    const bad = await runMain(['check', 'general', ...base, '--baseline', 'broken.json'], { cwd });
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('broken.json:1:1 enterprises[1].verdict');
  });

  it('given a baseline cut short, names the line and column where it stops and exits 2', async () => {
    const text = readFileSync(join(cwd, 'baseline.json'), 'utf8');
    const cut = text.slice(0, text.indexOf('"verdict"', text.indexOf('"enterprises"')) + 12);
    writeFileSync(join(cwd, 'cut.json'), `${cut}@`);
    const bad = await runMain(['check', 'general', ...base, '--baseline', 'cut.json'], { cwd });
    expect(bad.code).toBe(2);
    // Inside a string, `@` is text: the report ends there, inside a value, and the end is where it is cut short.
    const lines = `${cut}@`.split('\n');
    expect(bad.stderr).toContain(`cut.json:${lines.length}:${[...lines.at(-1)!].length + 1}`);
  });

  it('as a process, reads the baseline without a word on stderr beyond the summary', () => {
    const spawned = runCli(['check', 'general', ...base, '--baseline', 'baseline.json', '-f', 'json:spawned.json'], { cwd });
    expect(spawned.stderr).toMatch(/^共 5 家企业：[^\n]*\n$/);
  });
});
