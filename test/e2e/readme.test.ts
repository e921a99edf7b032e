// The README is the front door: its quick-start command must work as written.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './run-cli.js';

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
  });

  it('shows the bad-date messages exactly as the CLI prints them', () => {
    const { stdout } = runCli(['check', 'fixtures/malformed/bad-date.yaml']);
    for (const line of stdout.split('\n').filter((l) => l.includes('bad-date.yaml:'))) expect(readme).toContain(line);
  });
});
