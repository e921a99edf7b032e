import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMain } from './run-cli.js';

const COMPLIANT = ['check', 'fixtures/general/compliant.yaml', '--as-of', '2026-11-20'];

describe('check -f FORMAT[:FILE]', () => {
  it('prints one format and writes others to files in the same run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'outputs-'));
    const { code, stdout } = await runMain([...COMPLIANT, '-f', 'table', '-f', `json:${dir}/audit.json`]);
    expect(code).toBe(0);
    expect(stdout).toContain('结论: 合格');
    expect(JSON.parse(readFileSync(join(dir, 'audit.json'), 'utf8')).summary.verdicts.compliant).toBe(1);
    expect(readdirSync(dir)).toEqual(['audit.json']);
  });

  it('counts passes per rule in json, and lists them as findings only with --include-passes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'outputs-'));
    expect((await runMain([...COMPLIANT, '-f', `json:${dir}/counted.json`])).code).toBe(0);
    expect((await runMain([...COMPLIANT, '--include-passes', '-f', `json:${dir}/kept.json`])).code).toBe(0);
    const [counted, kept] = ['counted', 'kept'].map((name) => JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')).enterprises[0]);
    expect(counted.findings).toEqual([]);
    expect(counted.tally['GEN-RESP-001']).toEqual({ pass: 1 });
    expect(kept.tally).toEqual(counted.tally);
    const passes = Object.values(counted.tally as Record<string, { pass?: number }>).reduce((n, tally) => n + (tally.pass ?? 0), 0);
    expect(kept.findings.filter((finding: { status: string }) => finding.status === 'pass')).toHaveLength(passes);
  });

  it('given a file in missing folders, creates them and writes the report there', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'outputs-'));
    const { code } = await runMain([...COMPLIANT, '-f', `json:${dir}/reports/2026/audit.json`]);
    expect(code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'reports/2026/audit.json'), 'utf8')).summary.verdicts.compliant).toBe(1);
  });

  it('given a folder that cannot be created (a file stands in its way), exits 2 before any work and writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'outputs-'));
    writeFileSync(join(dir, 'reports'), 'a file, not a folder');
    const { code, stdout, stderr } = await runMain([...COMPLIANT, '-f', `json:${dir}/reports/audit.json`, '-f', `json:${dir}/ok.json`]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(`无法写入报告文件 ${dir}/reports/audit.json`);
    expect(readdirSync(dir)).toEqual(['reports']);
  });

  it('given two formats for standard output, refuses', async () => {
    const { code, stderr } = await runMain([...COMPLIANT, '-f', 'table', '-f', 'json']);
    expect(code).toBe(2);
    expect(stderr).toContain('只能有一种输出格式写到标准输出');
  });

  it('given bad input, still writes the report with the located errors (and no temporary files)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'outputs-'));
    const { code } = await runMain(['check', 'fixtures/malformed/bad-date.yaml', '-f', `json:${dir}/audit.json`]);
    expect(code).toBe(2);
    expect(JSON.parse(readFileSync(join(dir, 'audit.json'), 'utf8')).errors).toHaveLength(2);
    expect(readdirSync(dir)).toEqual(['audit.json']);
  });

  it('given an invalid pack or usage error, writes no report at all', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'outputs-'));
    await runMain([...COMPLIANT, '--as-of', 'soon', '-f', `json:${dir}/audit.json`]);
    expect(existsSync(join(dir, 'audit.json'))).toBe(false);
  });
});

describe('every format from one run', () => {
  it('writes sarif, junit, markdown and csv files in English with --lang en', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'outputs-'));
    const formats = ['sarif', 'junit', 'markdown', 'csv'];
    const { code } = await runMain(['check', 'fixtures/general', '--as-of', '2026-11-20', '--lang', 'en', '--fail-on', 'none', ...formats.flatMap((f) => ['-f', `${f}:${dir}/audit.${f}`])]);
    expect(code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(formats.map((f) => `audit.${f}`).sort());
    expect(JSON.parse(readFileSync(join(dir, 'audit.sarif'), 'utf8')).runs[0].results.length).toBeGreaterThan(0);
    expect(readFileSync(join(dir, 'audit.junit'), 'utf8')).toContain('<testsuites>');
    expect(readFileSync(join(dir, 'audit.markdown'), 'utf8')).toContain('**Verdict: Shut down for rectification');
    expect(readFileSync(join(dir, 'audit.csv'), 'utf8')).toMatch(/^\ufeffEnterprise,Credit code,Verdict,Pack,Rule/);
  });
});
