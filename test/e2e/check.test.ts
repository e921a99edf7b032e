import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { runCli, runMain } from './run-cli.js';

const COMPLIANT = 'fixtures/general/compliant.yaml';
const AS_OF = '2026-11-20';

// In-process (runMain) but for colour, decided by the real process's stream, and --version, answered at startup.
describe('check', () => {
  it('given the compliant fixture, says 合格 with all five in place and exits 0', async () => {
    const { code, stdout } = await runMain(['check', COMPLIANT, '--as-of', AS_OF]);
    expect(code).toBe(0);
    expect(stdout).toContain('结论: 合格');
    expect(stdout).toContain('五到位: 主体责任 ✔  基础管理 ✔  安全投入 ✔  安全培训 ✔  应急救援 ✔');
    expect(stdout).toContain('不合规 0，无法判定 0');
  });

  it('given --as-of a year later, the commitment has lapsed: the outcome changes and --fail-on general exits 1', async () => {
    const later = await runMain(['check', COMPLIANT, '--as-of', '2027-02-01', '--fail-on', 'general', '-f', 'json']);
    const now = await runMain(['check', COMPLIANT, '--as-of', AS_OF, '--fail-on', 'general', '-f', 'json']);
    const failed = (stdout: string) => JSON.parse(stdout).enterprises[0].findings.filter((f: { status: string }) => f.status === 'fail').map((f: { ruleId: string }) => f.ruleId);
    expect(now.code).toBe(0);
    expect(failed(now.stdout)).toEqual([]);
    expect(later.code).toBe(1);
    expect(failed(later.stdout)).toContain('GEN-RESP-001');
  });

  it('given --lang en, speaks English', async () => {
    const { stdout } = await runMain(['check', COMPLIANT, '--as-of', AS_OF, '--lang', 'en']);
    expect(stdout).toContain('Verdict: Compliant');
    expect(stdout).toContain('Five-in-place: Responsibility ✔');
  });

  it('writes JSON that validates against its own published schema', async () => {
    const schema = JSON.parse((await runMain(['schema', '--result'])).stdout);
    const { stdout } = await runMain(['check', 'fixtures/general', 'fixtures/malformed/bad-date.yaml', '--as-of', AS_OF, '-f', 'json']);
    const ajv = new Ajv({ allErrors: true, strict: false });
    (addFormats as unknown as (a: Ajv) => void)(ajv);
    const validate = ajv.compile(schema);
    const output = JSON.parse(stdout);
    expect(validate(output), JSON.stringify(validate.errors)).toBe(true);
    expect(output.summary.enterprises).toBeGreaterThanOrEqual(1);
    expect(output.summary.invalid).toBe(1);
  });

  it('given a folder, checks every assessment in it and skips YAML that is not one', async () => {
    const { stdout } = await runMain(['check', 'fixtures/general', '--as-of', AS_OF, '-f', 'json', '--fail-on', 'none']);
    const files = JSON.parse(stdout).enterprises.map((e: { file: string }) => e.file);
    expect(files).toContain(COMPLIANT);
    expect(files.every((file: string) => file.startsWith('fixtures/general/'))).toBe(true);
  });

  it('given --fail-on none, exits 0 whatever it finds', async () => {
    expect((await runMain(['check', COMPLIANT, '--as-of', '2030-01-01', '--fail-on', 'none'])).code).toBe(0);
  });

  it('prints no colour when NO_COLOR is set or output is not a terminal, and colour when FORCE_COLOR=1', () => {
    expect(runCli(['check', COMPLIANT, '--as-of', AS_OF]).stdout).not.toContain('\u001b[');
    expect(runCli(['check', COMPLIANT, '--as-of', AS_OF], { env: { FORCE_COLOR: '1', NO_COLOR: '' } }).stdout).toContain('\u001b[');
  });
});

describe('rules, explain, schema', () => {
  it('rules test passes for every shipped rule', async () => {
    const { code, stdout } = await runMain(['rules', 'test']);
    expect(stdout).toMatch(/条规则，0 条未通过示例测试/);
    expect(code).toBe(0);
  });

  it('rules list shows each rule with its pack and severity', async () => {
    const { code, stdout } = await runMain(['rules', 'list', '--lang', 'en']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/GEN-RESP-001\s*│\s*general\s*│\s*general/);
  });

  it('explain shows basis, condition, remediation and examples', async () => {
    const { code, stdout } = await runMain(['explain', 'GEN-RESP-002']);
    expect(code).toBe(0);
    expect(stdout).toContain('中华人民共和国安全生产法（2021年修正） 第二十二条');
    expect(stdout).toContain('assert');
    expect(stdout).toMatch(/示例：\d+ 个合规，\d+ 个不合规/);
  });

  it('schema prints the assessment JSON Schema with Chinese titles', async () => {
    const { code, stdout } = await runMain(['schema']);
    const schema = JSON.parse(stdout);
    expect(code).toBe(0);
    expect(schema.properties.hazards.items.properties.deadline.title).toBe('整改期限');
    expect(schema.properties.enterprise.properties.creditCode.format).toBe('credit-code');
  });

  it('--version prints the package version', () => {
    expect(runCli(['--version']).stdout.split('\n')[0]).toMatch(/^safety-audit \d+\.\d+\.\d+$/);
  });
});
