// The README is the front door: its quick-start command must work as written (so it runs as a process);
// the messages it quotes are compared in-process.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, runMain } from './run-cli.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

describe('README', () => {
  const quickStart = /^npm ci && node bin\/safety-audit\.js (.+)$/m.exec(readme);

  it('opens with an install-and-run command and the test command', () => {
    expect(quickStart).not.toBeNull();
    expect(readme).toMatch(/^npm test$/m);
  });

  it('quick start runs on the bundled fixtures and reports every enterprise with a verdict', () => {
    const args = quickStart![1]!.split(/\s+/);
    const { code, stdout, stderr } = runCli(args);
    expect(stderr).toBe('');
    expect([0, 1, 3]).toContain(code);
    expect(stdout).toMatch(/共 \d+ 家企业：/);
    expect(stdout).toContain('结论: 合格');
    // The sample output shown under the quick start is what the command prints: every line but the "…" cuts.
    const sample = /five-in-place line;[^`]*```\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const printed = new Set(stdout.split('\n').map((line) => line.trimEnd()));
    const lines = sample.split('\n').filter((line) => line !== '' && line !== '…');
    expect(lines.length).toBeGreaterThan(10);
    expect(lines.filter((line) => !printed.has(line.trimEnd()))).toEqual([]);
  });

  it.each([
    ['fixtures/malformed/bad-date.yaml', 'bad-date.yaml:'],
    ['fixtures/excel/malformed/bad-date', 'hazards.csv:'],
  ])('shows the messages for %s exactly as the CLI prints them', async (path, marker) => {
    const { stdout } = await runMain(['check', path]);
    const lines = stdout.split('\n').filter((l) => l.includes(marker)).map((l) => l.trim());
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(readme).toContain(line);
  });
});
