// `--rules DIR` on check, rules list/test, explain and schema: the group's packs loaded beside the bundled ones,
// tested over their own fixture, refused with located errors (exit 2), and part of --jobs and --cache.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { markCachedResults } from '../support/cache-entries.js';
import { describe, expect, it } from 'vitest';
import { ROOT, runMain } from '../e2e/run-cli.js';

const TEMPLATE = join(ROOT, 'rules/group-template');
const RULE = 'MYGROUP-EMG-001';

/** A scratch folder holding a copy of the template group pack as `group/`, and the general fixtures as `subsidiaries/`. */
function scratch(): string {
  const cwd = mkdtempSync(join(tmpdir(), 'group-'));
  cpSync(TEMPLATE, join(cwd, 'group'), { recursive: true });
  cpSync(join(ROOT, 'fixtures/general'), join(cwd, 'subsidiaries'), { recursive: true });
  return cwd;
}
const editPack = (cwd: string, edit: (text: string) => string) => {
  const file = join(cwd, 'group/my-group.yaml');
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
};
const json = (stdout: string) => {
  const { generatedAt: _, ...rest } = JSON.parse(stdout) as Record<string, unknown>;
  return rest as { enterprises: { file: string; enterprise: { name: string }; findings: { ruleId: string; status: string; origin?: string }[] }[] };
};

describe('rules test --rules', () => {
  it('given the group pack, tests only its rules, over its own fixture, and passes', async () => {
    const { code, stdout, stderr } = await runMain(['rules', 'test', '--rules', 'group'], { cwd: scratch() });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe(`✔ ${RULE}：6 个示例\n1 条规则，0 条未通过示例测试\n`);
  });

  it('given a fail example that passes, names the rule and the example, and exits 1', async () => {
    const cwd = scratch();
    editPack(cwd, (text) => text.replace('- {/emergency/drills/0/date: "2026-05-19"}', '- {/emergency/drills/0/date: "2026-06-19"}'));
    const { code, stdout } = await runMain(['rules', 'test', '--rules', 'group', '--lang', 'en'], { cwd });
    expect(code).toBe(1);
    expect(stdout).toMatch(new RegExp(`✖ ${RULE} fail #1`));
    expect(stdout).toContain('1 rules, 1 failed');
  });

  it('given a group fixture that raises the rule itself, fails the fixture case', async () => {
    const cwd = scratch();
    const fixture = join(cwd, 'group/fixtures/compliant.yaml');
    writeFileSync(fixture, readFileSync(fixture, 'utf8').replace('{date: 2026-05-20, scenario: 火灾事故综合应急演练, kind: 综合演练', '{date: 2026-05-20, scenario: 火灾事故综合应急演练, kind: 现场处置方案演练'));
    const { code, stdout } = await runMain(['rules', 'test', '--rules', 'group', '--lang', 'en'], { cwd });
    expect(code).toBe(1);
    expect(stdout).toMatch(new RegExp(`${RULE}.*fixture`));
  });
});

describe('rules test --rules, a fixture that cannot be used', () => {
  it('given an invalid fixture or none, names the file (located) and exits 2', async () => {
    const cwd = scratch();
    const fixture = join(cwd, 'group/fixtures/compliant.yaml');
    writeFileSync(fixture, readFileSync(fixture, 'utf8').replace('employees: 120', 'employees: many'));
    const invalid = await runMain(['rules', 'test', '--rules', 'group'], { cwd });
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toContain('group/fixtures/compliant.yaml:8:3 enterprise.employees: 应为整数');
    editPack(cwd, (text) => text.replace('fixture: fixtures/compliant.yaml\n', ''));
    const none = await runMain(['rules', 'test', '--rules', 'group'], { cwd });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('group/my-group.yaml: 规则包 my-group 未指定合规样例（fixture），无法测试规则示例');
  });
});

describe('--rules refusals', () => {
  it.each([
    ['a rule id a bundled pack has', (t: string) => t.replace(/MYGROUP-EMG-001/g, 'MYGROUP-EMG-001').replace('idPrefix: MYGROUP', 'idPrefix: GEN').replace('id: MYGROUP-EMG-001', 'id: GEN-EMG-005'),
      /group\/my-group\.yaml:8:1 idPrefix: 前缀 GEN 已被内置规则包 general 使用[\s\S]*group\/my-group\.yaml:21:5 rules\[0\]\.id: 规则编号 GEN-EMG-005 已在 内置规则包 general 中使用/],
    ['a rule id without the prefix', (t: string) => t.replace('id: MYGROUP-EMG-001', 'id: JT-EMG-001'), /group\/my-group\.yaml:21:5 rules\[0\]\.id: 规则编号 JT-EMG-001 须以本规则包的前缀 MYGROUP- 开头/],
    ['no idPrefix', (t: string) => t.replace('idPrefix: MYGROUP\n', ''), /group\/my-group\.yaml:4:1 pack: 集团规则包 my-group 须声明 idPrefix/],
    ['a misspelt field', (t: string) => t.replace('emergency.drills.exists', 'emergency.drill.exists'), /group\/my-group\.yaml:\d+:\d+ rules\[0\]\.assert: /],
  ])('given %s, check prints it located in the group pack and exits 2 without checking', async (_, edit, expected) => {
    const cwd = scratch();
    editPack(cwd, edit);
    const { code, stdout, stderr } = await runMain(['check', 'subsidiaries/compliant.yaml', '--rules', 'group'], { cwd });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(expected);
  });

  it.each([['missing'], ['empty']])('given a %s folder, is a usage error', async (which) => {
    const cwd = scratch();
    mkdirSync(join(cwd, 'empty'));
    const { code, stderr } = await runMain(['rules', 'list', '--rules', which], { cwd });
    expect(code).toBe(2);
    expect(stderr).toContain(which === 'missing' ? '--rules 指定的规则包文件夹不存在：missing' : '--rules 指定的文件夹中没有规则包（*.yaml）：empty');
  });
});

describe('--rules on the other commands', () => {
  it('rules list and explain show the group rule as the group\'s; without --rules it is unknown', async () => {
    const cwd = scratch();
    const list = await runMain(['rules', 'list', '--rules', 'group'], { cwd });
    expect(list.stdout).toMatch(new RegExp(`${RULE}\\s*│ my-group \\(集团规则\\)`));
    const explain = await runMain(['explain', RULE, '--rules', 'group', '--lang', 'en'], { cwd });
    expect(explain.stdout).toContain('my-group 1 (group rule) · general · Emergency');
    expect(explain.stdout).toContain('my-group group emergency management rules');
    expect((await runMain(['explain', RULE], { cwd })).code).toBe(2);
  });

  it('schema --rules adds the group pack\'s own section, marked x-group', async () => {
    const cwd = scratch();
    editPack(cwd, (text) => text.replace('fixture: fixtures/compliant.yaml', 'fixture: fixtures/compliant.yaml\nsection: xMyGroup\nschema: {type: object, title: 集团专项, properties: {auditedOn: {type: string, format: date, title: 集团审核日期}}}'));
    const schema = JSON.parse((await runMain(['schema', '--rules', 'group'], { cwd })).stdout);
    expect(schema.properties.xMyGroup).toMatchObject({ 'x-group': 'my-group', title: '集团专项' });
  });
});

describe('--rules where it is not read', () => {
  it('--version lists the bundled packs only and reads no group pack, even a missing one', async () => {
    const { code, stdout } = await runMain(['--version', '--rules', 'missing'], { cwd: scratch() });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^general@/m);
    expect(stdout).not.toContain('my-group');
  });

  it('init --rules puts the group pack\'s section in the enterprise template', async () => {
    const cwd = scratch();
    editPack(cwd, (text) => text.replace('fixture: fixtures/compliant.yaml', 'fixture: fixtures/compliant.yaml\nsection: xMyGroup\nschema: {type: object, title: 集团专项, properties: {auditedOn: {type: string, format: date, title: 集团审核日期}}}'));
    expect((await runMain(['init', 'plant', '--rules', 'group'], { cwd })).code).toBe(0);
    expect(readFileSync(join(cwd, 'plant/enterprise.yaml'), 'utf8')).toContain('# 集团专项\nxMyGroup:\n  # 集团审核日期：YYYY-MM-DD\n  auditedOn:');
  });
});

describe('check --rules with --jobs and --cache', () => {
  const args = ['check', 'subsidiaries', '--rules', 'group', '--as-of', '2026-11-20', '-f', 'json', '--fail-on', 'none', '--include-passes'];

  it('given --jobs 2, the workers load the group pack too: the same report as --jobs 1, group findings included', async () => {
    const cwd = scratch();
    const [one, two] = [await runMain([...args, '--jobs', '1'], { cwd }), await runMain([...args, '--jobs', '2'], { cwd })];
    const single = json(one.stdout);
    const group = single.enterprises.flatMap((result) => result.findings.filter((finding) => finding.ruleId === RULE));
    expect(group.length).toBe(5);
    expect(group.every((finding) => finding.origin === 'group')).toBe(true);
    expect(json(two.stdout)).toEqual(single);
  });

  it('given a changed group pack, the cached results are not used', async () => {
    const cwd = scratch();
    await runMain([...args, '--cache'], { cwd });
    markCachedResults(join(cwd, '.safety-audit-cache'));
    expect((await runMain([...args, '--cache'], { cwd })).stdout).toContain('（缓存）');
    editPack(cwd, (text) => text.replace('未达到集团应急管理制度的要求', '未达到集团制度要求'));
    const fresh = await runMain([...args, '--cache'], { cwd });
    expect(fresh.stdout).not.toContain('（缓存）');
    expect(fresh.stdout).toContain('未达到集团制度要求');
  });
});
