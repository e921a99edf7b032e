import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMain } from './run-cli.js';

const LATER = ['check', 'fixtures/general/compliant.yaml', '--as-of', '2027-02-01', '--fail-on', 'general'];

describe('check --waivers', () => {
  it('given a waiver in force, shows the finding as waived with its reason, and it no longer fails the run', async () => {
    const { code, stdout } = await runMain([...LATER, '--waivers', 'fixtures/waivers/commitment-late.yaml', '-f', 'json']);
    const output = JSON.parse(stdout);
    const waived = output.enterprises[0].findings.find((f: { ruleId: string }) => f.ruleId === 'GEN-RESP-001');
    expect(waived).toMatchObject({ status: 'waived', waiver: { approvedBy: '集团安全环保部 刘工', expires: '2027-02-28', waivedStatus: 'fail' } });
    expect(output.warnings).toEqual([
      expect.objectContaining({ code: 'waiver-expired', location: { file: 'fixtures/waivers/commitment-late.yaml', line: 8, column: 5 } }),
    ]);
    expect(code).not.toBe(3);
  });

  it('without the waiver, the same finding fails the run', async () => {
    expect((await runMain(LATER)).code).toBe(1);
  });

  it('given a waiver of an unknown rule, refuses that waiver with a located message, audits anyway and exits 2', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'waivers-'));
    const file = join(folder, 'waivers.yaml');
    writeFileSync(file, 'waivers:\n  - {rule: GEN-NOPE-001, enterprise: 91140100MA0K12340F, reason: r, approvedBy: a, expires: 2027-01-01}\n');
    const { code, stdout } = await runMain([...LATER, '--waivers', file]);
    expect(code).toBe(2);
    expect(stdout).toContain(`${file}:2:5 豁免引用了不存在的规则 GEN-NOPE-001`);
    expect(stdout).toContain('结论: 限期整改');
  });

  it('given a waiver without an approver, names the missing field and applies no waiver of that file', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'waivers-'));
    const file = join(folder, 'waivers.yaml');
    writeFileSync(file, 'waivers:\n  - {rule: GEN-RESP-001, enterprise: 91140100MA0K12340F, reason: r, expires: 2027-01-01}\n');
    const { code, stdout } = await runMain([...LATER, '--waivers', file]);
    expect(code).toBe(2);
    expect(stdout).toContain('waivers[0].approvedBy: 缺少必填字段');
    expect(stdout).toContain('GEN-RESP-001');
  });

  it.each([
    ['a waiver of a shutdown-level rule', 'waivers:\n  - {rule: GEN-MGT-002, enterprise: 91140500MA0L56780D, reason: r, approvedBy: a, expires: 2027-01-01}\n', 'waiver-shutdown'],
    ['an alias bomb', `a: &a [${Array(9).fill('l').join(',')}]\n${'bcdefgh'.split('').map((n, i) => `${n}: &${n} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(',')}]`).join('\n')}\n`, 'yaml-alias'],
    ['an alias without anchor', 'waivers: *nope\n', 'yaml-alias'],
  ])('given %s in the waivers file, refuses it in the report, audits every enterprise, and the shutdown exits 3', async (_name, text, code) => {
    const folder = mkdtempSync(join(tmpdir(), 'waivers-'));
    const file = join(folder, 'waivers.yaml');
    writeFileSync(file, text);
    const run = await runMain(['check', 'fixtures/general', '--as-of', '2026-11-20', '--waivers', file, '-f', 'json']);
    const output = JSON.parse(run.stdout);
    expect(output.enterprises.map((e: { verdict: string }) => e.verdict)).toEqual(['compliant', 'major', 'shutdown', 'rectify', 'shutdown']);
    expect(output.errors).toEqual([expect.objectContaining({ file, code })]);
    expect(run.code).toBe(3);
  });
});
