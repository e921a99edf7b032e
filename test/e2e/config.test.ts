// A group's config file, as CI would use it: found upward from the working folder, its values under the
// flags, its rule changes in the reports, its errors located with exit 2 and no report written.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runMain } from './run-cli.js';

const CONFIG = `# 集团安全环保部：每晚检查各子公司自评
failOn: general
asOf: 2026-11-20
outputs: [table, "json:reports/audit.json"]
waivers: {centralOnly: true}
severityOverrides:
  GEN-HZ-003: general
  GEN-MGT-003: major
disabled:
  GEN-TRN-009: 集团统一组织三级安全教育，另行考核
`;

/** A group folder: the config, and two subsidiaries, one with its own waivers file. */
function groupFolder(config = CONFIG): string {
  const root = mkdtempSync(join(tmpdir(), 'sa-group-'));
  for (const [name, fixture] of [['a', 'violating-hazards.yaml'], ['b', 'violating-paperwork.yaml']] as const) {
    mkdirSync(join(root, 'subsidiaries', name), { recursive: true });
    copyFileSync(join(ROOT, 'fixtures', 'general', fixture), join(root, 'subsidiaries', name, 'enterprise.yaml'));
  }
  copyFileSync(join(ROOT, 'fixtures', 'waivers', 'commitment-late.yaml'), join(root, 'subsidiaries', 'b', 'waivers.yaml'));
  writeFileSync(join(root, 'safety-audit.config.yaml'), config);
  return root;
}

describe('safety-audit.config.yaml', () => {
  it('given a config in the folder, runs with it: outputs beside it, rules changed and said so, subsidiary waivers ignored and said so', async () => {
    const root = groupFolder();
    const { code, stdout } = await runMain(['check', 'subsidiaries'], { cwd: root });
    expect(code).toBe(1);
    expect(stdout).toContain('⚙ GEN-HZ-003：级别由「重大」调低为「一般」（safety-audit.config.yaml:7:3）');
    expect(stdout).toContain('subsidiaries/b/waivers.yaml:1:1 企业文件夹中的豁免清单未采用');
    const report = JSON.parse(readFileSync(join(root, 'reports', 'audit.json'), 'utf8'));
    expect(report.asOf).toBe('2026-11-20');
    expect(report.adjustments.map((a: { ruleId: string; kind: string }) => `${a.kind}:${a.ruleId}`)).toEqual(['severity:GEN-HZ-003', 'severity:GEN-MGT-003', 'disabled:GEN-TRN-009']);
    expect(report.warnings.map((w: { code: string }) => w.code)).toEqual(['waivers-file-ignored']);
    const findings = report.enterprises.flatMap((e: { findings: { ruleId: string; severity: string }[] }) => e.findings);
    expect(findings.filter((f: { ruleId: string }) => f.ruleId === 'GEN-TRN-009')).toEqual([]);
    expect(new Set(findings.filter((f: { ruleId: string }) => f.ruleId === 'GEN-HZ-003').map((f: { severity: string }) => f.severity))).toEqual(new Set(['general']));
    expect(report.enterprises.map((e: { verdict: string }) => e.verdict)).toEqual(['rectify', 'major']);
  });

  it('found from a folder below it; a flag wins over the file (--fail-on none exits 0)', async () => {
    const root = groupFolder();
    const { code, stderr } = await runMain(['check', '.', '--fail-on', 'none', '-f', 'json:../../out.json'], { cwd: join(root, 'subsidiaries', 'a') });
    expect(code).toBe(0);
    expect(stderr).toContain('共 1 家企业');
    expect(existsSync(join(root, 'out.json'))).toBe(true);
    expect(existsSync(join(root, 'reports', 'audit.json'))).toBe(false);
  });

  it('config --print shows each value and where it came from, in zh by default, en and JSON on request', async () => {
    const root = groupFolder();
    const zh = await runMain(['config', '--print', '--fail-on', 'major'], { cwd: join(root, 'subsidiaries') });
    expect(zh.code).toBe(0);
    // Above the working folder, the file is named by its whole path.
    const file = join(root, 'safety-audit.config.yaml');
    expect(zh.stdout.split('\n')[0]).toBe(`配置文件：${file}`);
    expect(zh.stdout).toMatch(/failOn\s+命令行 --fail-on\s+major/);
    expect(zh.stdout).toContain(`配置文件 ${file}:3:1`);
    expect(zh.stdout).toMatch(/disabled\.GEN-TRN-009\s+配置文件 \S+:10:3\s+集团统一组织三级安全教育，另行考核/);
    expect(zh.stdout).toMatch(/lang\s+默认\s+zh/);
    const json = JSON.parse((await runMain(['config', '--print', '--json', '--lang', 'en'], { cwd: root, env: { CI_NODE_INDEX: '2', CI_NODE_TOTAL: '4' } })).stdout);
    expect(json.configFile).toBe('safety-audit.config.yaml');
    expect(json.settings.lang).toEqual({ value: 'en', source: { kind: 'flag', flag: '--lang' } });
    expect(json.settings.shard).toEqual({ value: '2/4', source: { kind: 'env', variable: 'CI_NODE_INDEX/CI_NODE_TOTAL' } });
    expect(json.settings['severityOverrides.GEN-HZ-003']).toEqual({ value: 'general', source: { kind: 'file', file: 'safety-audit.config.yaml', line: 7, column: 3 } });
  });

  it('given a config that lowers a shutdown-level rule and names an unknown one, says where in the user’s language, exits 2 and writes no report', async () => {
    const root = groupFolder(`${CONFIG}  GEN-MGT-002: 不适用\nfial: x\n`.replace('fial: x\n', '').replace('GEN-MGT-003: major', 'GEN-MGT-002: major\n  GEN-NOPE-001: major'));
    const { code, stdout, stderr } = await runMain(['check', 'subsidiaries', '--lang', 'en'], { cwd: root });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('safety-audit.config.yaml:8:3 GEN-MGT-002 is shutdown-level and cannot be lowered to major');
    expect(stderr).toContain('safety-audit.config.yaml:9:3 no rule GEN-NOPE-001 in the packs loaded');
    expect(stderr).toContain('safety-audit.config.yaml:12:3 GEN-MGT-002 is (or can be raised to) shutdown level and cannot be disabled');
    expect(existsSync(join(root, 'reports'))).toBe(false);
    const printed = await runMain(['config', '--print'], { cwd: root });
    expect([printed.code, printed.stdout]).toEqual([2, '']);
    expect(printed.stderr).toContain('safety-audit.config.yaml:8:3 GEN-MGT-002 为停产整顿级规则，不能调低为 重大');
  });

  it("README's Configuration section: the example file is the fixture, and config --print prints what it shows", async () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const fixture = readFileSync(join(ROOT, 'fixtures', 'config', 'safety-audit.config.yaml'), 'utf8');
    expect(readme).toContain(`\`\`\`yaml\n${fixture}\`\`\``);
    const command = 'config --print --config fixtures/config/safety-audit.config.yaml';
    const shown = new RegExp(`\\$ node bin/safety-audit\\.js ${command.replace(/[.-]/g, (c) => `\\${c}`)}\\n([\\s\\S]*?)\`\`\``).exec(readme)?.[1];
    const { code, stdout } = await runMain(command.split(' '));
    expect(code).toBe(0);
    expect(shown).toBe(stdout);
    const check = await runMain(['check', 'fixtures/general', '--config', 'fixtures/config/safety-audit.config.yaml']);
    const adjusted = check.stdout.split('\n').filter((l) => l.startsWith('⚙'));
    expect(adjusted).toHaveLength(2);
    for (const line of adjusted) expect(readme).toContain(line);
  });

  it('merge takes failOn and outputs from the config, and keeps the shards\' adjustments and notices', async () => {
    const root = groupFolder();
    for (const index of [1, 2]) expect((await runMain(['check', 'subsidiaries', '--shard', `${index}/2`, '-f', `json:s${index}.json`], { cwd: root })).code).not.toBe(2);
    const { code, stdout } = await runMain(['merge', 's1.json', 's2.json'], { cwd: root });
    expect(code).toBe(1);
    expect(stdout).toContain('⚙ GEN-TRN-009（一般）已停用');
    expect(stdout.match(/企业文件夹中的豁免清单未采用/g)).toHaveLength(1);
    const merged = JSON.parse(readFileSync(join(root, 'reports', 'audit.json'), 'utf8'));
    expect([merged.summary.enterprises, merged.adjustments.length]).toEqual([2, 3]);
  });

  it('schema --config prints the JSON Schema the file is checked by, with Chinese titles', async () => {
    const { code, stdout } = await runMain(['schema', '--config']);
    const schema = JSON.parse(stdout);
    expect(code).toBe(0);
    expect(schema.$id).toBe('https://safety-audit.dev/schema/config.json');
    expect(schema.properties.severityOverrides.title).toBe('级别调整');
    expect(schema.properties.report.properties.client.title).toBe('委托单位');
  });

  it('given --config naming a file with an unknown key, locates it and exits 2', async () => {
    const root = groupFolder();
    writeFileSync(join(root, 'ci.yaml'), 'failOn: general\nfailon: major\n');
    const { code, stderr } = await runMain(['check', 'subsidiaries', '--config', 'ci.yaml'], { cwd: root });
    expect(code).toBe(2);
    expect(stderr.trim()).toBe('ci.yaml:2:1 failon: 未知字段（请检查拼写）');
  });
});
