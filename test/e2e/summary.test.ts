// Whatever the formats, a run says what it found: the group summary goes to stderr when stdout does not carry
// the table (a CI job writing only SARIF and JUnit files), and --quiet keeps the table to what must be acted on.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMain } from './run-cli.js';

const SUMMARY = '共 5 家企业：停产整顿 2，重大隐患 1，资料不全 0，限期整改 1，合格 1，输入错误 0  (判定日期 2026-11-20)\n';
const base = ['check', 'fixtures/general', '--as-of', '2026-11-20'];

describe('the group summary on stderr', () => {
  it('given only report files (SARIF, JUnit), prints nothing on stdout, the summary on stderr, and exits 3', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'summary-'));
    const run = await runMain([...base, '-f', `sarif:${join(dir, 'audit.sarif')}`, '-f', `junit:${join(dir, 'audit.xml')}`]);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(SUMMARY);
    expect(run.code).toBe(3);
    expect(readFileSync(join(dir, 'audit.sarif'), 'utf8')).toContain('GEN-MGT-002');
  });

  it('given JSON on stdout, keeps stdout pure JSON and prints the summary on stderr', async () => {
    const run = await runMain([...base, '-f', 'json']);
    expect(() => JSON.parse(run.stdout)).not.toThrow();
    expect(run.stderr).toBe(SUMMARY);
  });

  it('given the table on stdout, says it once there and nothing on stderr', async () => {
    const run = await runMain(base);
    expect(run.stdout.endsWith(SUMMARY)).toBe(true);
    expect(run.stderr).toBe('');
  });
});

describe('check --quiet', () => {
  it('shows only the enterprises with shutdown or major findings, only those findings, and the summary of all', async () => {
    const quiet = await runMain([...base, '--quiet']);
    const full = await runMain(base);
    expect(quiet.code).toBe(full.code);
    expect(quiet.stdout).toContain('fixtures/general/violating-licence.yaml');
    expect(quiet.stdout).toContain('GEN-MGT-002');
    expect(quiet.stdout).toContain('fixtures/general/violating-hazards.yaml');
    expect(quiet.stdout).not.toContain('fixtures/general/compliant.yaml');
    expect(quiet.stdout).not.toContain('fixtures/general/violating-paperwork.yaml');
    expect(quiet.stdout).not.toContain('一般问题');
    expect(quiet.stdout).not.toContain('五到位');
    expect(quiet.stdout.endsWith(SUMMARY)).toBe(true);
    expect(quiet.stdout.length).toBeLessThan(full.stdout.length / 2);
  });
});
