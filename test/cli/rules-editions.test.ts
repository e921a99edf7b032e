import { describe, expect, it } from 'vitest';
import { runMain } from '../e2e/run-cli.js';

describe('rules editions', () => {
  it('given --as-of, lists every pack with its editions and which decide that date', async () => {
    const { code, stdout } = await runMain(['rules', 'editions', '--as-of', '2026-12-01']);
    expect(code).toBe(0);
    expect(stdout).toContain('2026-12-01 适用');
    for (const pack of ['general', 'coal-mine', 'hazardous-chemicals', 'non-coal-mine', 'road-transport', 'construction', 'fire-safety']) expect(stdout).toContain(`${pack}@`);
    // Coal: 令第21号 decides from 2026-07-01, 令第4号 no longer.
    expect(stdout).toMatch(/coal-mine@[^\n]*应急管理部令第21号[^\n]*\(mz2026\)[^\n]*✔/);
    expect(stdout).not.toMatch(/coal-mine@[^\n]*\(mz2020\)[^\n]*✔/);
  });

  it('given a malformed date, is a usage error', async () => {
    const { code, stderr } = await runMain(['rules', 'editions', '--as-of', '2026-13-01']);
    expect(code).toBe(2);
    expect(stderr).toContain('2026-13-01');
  });
});
