// `check --jobs N` checks enterprises in worker threads (dist/cli/check-worker.js): the report is the one a
// single thread writes, enterprise for enterprise and error for error, in the same order.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMain } from './run-cli.js';

const without = (report: string) => {
  const { generatedAt: _, ...rest } = JSON.parse(report) as Record<string, unknown>;
  return rest;
};

describe('check --jobs', () => {
  it('given good, violating and malformed enterprises, --jobs 2 reports exactly what --jobs 1 does', async () => {
    const args = ['check', 'fixtures/general', 'fixtures/malformed', 'fixtures/hazardous-chemicals', 'fixtures/excel/malformed', '--as-of', '2026-11-20', '-f', 'json', '--fail-on', 'none'];
    const [one, two] = [await runMain([...args, '--jobs', '1']), await runMain([...args, '--jobs', '2'])];
    expect(one.stderr).toMatch(/^共 \d+ 家企业：.*\n$/);
    expect(two.stderr).toBe(one.stderr);
    expect(two.code).toBe(one.code);
    const single = without(one.stdout) as { enterprises: unknown[]; errors: unknown[] };
    expect(single.enterprises.length).toBeGreaterThan(8);
    expect(single.errors.length).toBeGreaterThan(10);
    expect(without(two.stdout)).toEqual(single);
  });

  it('given a baseline, --jobs 2 marks each finding new or unchanged as --jobs 1 does', async () => {
    const args = ['check', 'fixtures/general', 'fixtures/hazardous-chemicals', '--as-of', '2026-11-20', '-f', 'json', '--fail-on', 'none'];
    const dir = mkdtempSync(join(tmpdir(), 'jobs-baseline-'));
    const baseline = join(dir, 'before.json');
    writeFileSync(baseline, (await runMain(['check', 'fixtures/general', '--as-of', '2026-11-20', '-f', 'json', '--fail-on', 'none'])).stdout);
    const [one, two] = [await runMain([...args, '--baseline', baseline, '--jobs', '1']), await runMain([...args, '--baseline', baseline, '--jobs', '2'])];
    const single = without(one.stdout) as { enterprises: { findings: { baselineState?: string }[] }[] };
    const marks = new Set(single.enterprises.flatMap((enterprise) => enterprise.findings.map((finding) => finding.baselineState)));
    expect(marks).toEqual(new Set(['new', 'unchanged']));
    expect(without(two.stdout)).toEqual(single);
  });

  it.each(['0', '-1', 'two', '1.5'])('given --jobs %s, says what it accepts and exits 2', async (value) => {
    const { code, stderr } = await runMain(['check', 'fixtures/general/compliant.yaml', '--jobs', value]);
    expect(code).toBe(2);
    expect(stderr).toContain(`--jobs 应为正整数或 auto，实际为「${value}」`);
  });
});
