// The group's own rules, end to end as a group's engineer runs them: scaffold a pack with `init --pack`, test it
// with `rules test --rules`, then `check --rules` a bundled fixture and see the group's finding, marked as such.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runMain } from './run-cli.js';

describe('init --pack, rules test --rules, check --rules', () => {
  it('scaffolds a pack that tests green at once and adds its finding to a check', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'group-pack-'));
    const init = await runMain(['init', '--pack', 'jinneng-group'], { cwd });
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);
    expect(init.stdout).toContain('已生成集团规则包 jinneng-group（规则编号前缀 JINNENG-）');
    expect(readdirSync(join(cwd, 'jinneng-group')).sort()).toEqual(['README.md', 'fixtures', 'jinneng-group.yaml']);

    const test = await runMain(['rules', 'test', '--rules', 'jinneng-group'], { cwd });
    expect(test.code).toBe(0);
    expect(test.stdout).toBe('✔ JINNENG-EMG-001：6 个示例\n1 条规则，0 条未通过示例测试\n');

    const fixture = 'fixtures/general/compliant.yaml';
    const check = await runMain(['check', fixture, '--rules', join(cwd, 'jinneng-group'), '--as-of', '2026-11-20', '--fail-on', 'general']);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('结论: 限期整改');
    expect(check.stdout).toMatch(/JINNENG-EMG-001 │ 一般\s*│ 近 6 个月内（2026-11-20 前）未组织综合或专项应急预案演练/);
    expect(check.stdout).toMatch(/│ 集团规则\s*│/);
    expect(check.stdout).toContain('集团规则: jinneng-group 集团安全生产制度 (jinneng-group 1)');

    // Without the group's pack the same fixture is compliant: the finding is the group's alone.
    expect((await runMain(['check', fixture, '--as-of', '2026-11-20', '--fail-on', 'general'])).code).toBe(0);

    // The README shows these commands' output as they print it (every line but the "…" cut).
    const section = /## Adding your group's rules([\s\S]*?)\n## /.exec(readFileSync(join(ROOT, 'README.md'), 'utf8'))![1]!;
    const shown = outputBlocks(section).filter((line) => line !== '' && line !== '…');
    const printed = new Set(`${test.stdout}${check.stdout}`.split('\n').map((line) => line.trimEnd()));
    expect(shown.length).toBeGreaterThan(8);
    expect(shown.filter((line) => !printed.has(line.trimEnd()))).toEqual([]);
  });

  it('refuses a second scaffold over the first, and a name whose prefix a bundled pack uses', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'group-pack-'));
    await runMain(['init', '--pack', 'acme'], { cwd });
    const again = await runMain(['init', '--pack', 'acme'], { cwd });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('不覆盖已有文件：acme/acme.yaml');
    const taken = await runMain(['init', '--pack', 'gen-group', '--lang', 'en'], { cwd });
    expect(taken.code).toBe(2);
    expect(taken.stderr).toContain('the prefix GEN is used by the bundled pack general; choose another');
  });
});

/** The lines of the plain ``` blocks (output), not the ```sh ones (commands). */
function outputBlocks(markdown: string): string[] {
  let fence: string | undefined;
  return markdown.split('\n').flatMap((line) => {
    if (line.startsWith('```')) return ((fence = fence === undefined ? line : undefined), []);
    return fence === '```' ? [line] : [];
  });
}
