import { describe, expect, it } from 'vitest';
import { runMain } from './run-cli.js';

// Messages and exit codes, in-process: an exception thrown by main fails these tests outright (spawned, bin/
// would have turned it into an internal-error message and exit 2).

describe('check on malformed input', () => {
  it.each([
    ['syntax-error.yaml', 'fixtures/malformed/syntax-error.yaml:2:13 YAML 语法错误：此处的 { 没有对应的 }'],
    ['fullwidth-colon.yaml', 'fixtures/malformed/fullwidth-colon.yaml:6:9 YAML 语法错误：此处是全角冒号「：」'],
    ['wrong-types.yaml', 'fixtures/malformed/wrong-types.yaml:7:3 enterprise.employees: 应为整数'],
    ['wrong-types.yaml', 'fixtures/malformed/wrong-types.yaml:10:3 investment.safetyFee: 应为键值映射'],
    ['bad-credit-code.yaml', 'fixtures/malformed/bad-credit-code.yaml:4:3 enterprise.creditCode: 不是有效的统一社会信用代码'],
    ['bad-date.yaml', 'fixtures/malformed/bad-date.yaml:13:5 hazards[0].foundOn: 应为日期 YYYY-MM-DD'],
    ['bad-date.yaml', 'fixtures/malformed/bad-date.yaml:14:5 hazards[0].deadline: 应为日期 YYYY-MM-DD'],
    ['duplicate-key.yaml', 'fixtures/malformed/duplicate-key.yaml:8:3 重复的键 employees'],
    ['empty.yaml', 'fixtures/malformed/empty.yaml:1:1 文件为空'],
    ['not-a-mapping.yaml', 'fixtures/malformed/not-a-mapping.yaml:2:1 文件顶层应为键值映射'],
  ])('given %s, prints %j and exits 2 without a stack trace', async (file, message) => {
    const { code, stdout, stderr } = await runMain(['check', `fixtures/malformed/${file}`]);
    expect(code).toBe(2);
    expect(stdout).toContain(message);
    expect(stdout + stderr).not.toMatch(/\bat .+\.[jt]s:\d+/); // in-process, a stack would name the .ts sources
  });

  it('given a full-width colon and --lang en, names the cause in English at its line', async () => {
    const { code, stdout } = await runMain(['check', 'fixtures/malformed/fullwidth-colon.yaml', '--lang', 'en']);
    expect(code).toBe(2);
    expect(stdout).toContain('fixtures/malformed/fullwidth-colon.yaml:6:9 YAML syntax error: this is a full-width colon "："');
  });

  it('given --lang en, says it in English with the same location', async () => {
    const { code, stdout } = await runMain(['check', 'fixtures/malformed/bad-date.yaml', '--lang', 'en']);
    expect(code).toBe(2);
    expect(stdout).toContain('fixtures/malformed/bad-date.yaml:13:5 hazards[0].foundOn: should be a date YYYY-MM-DD');
  });

  it('given a file that does not exist, names it and exits 2', async () => {
    const { code, stdout } = await runMain(['check', 'fixtures/general/nowhere.yaml']);
    expect(code).toBe(2);
    expect(stdout).toContain('fixtures/general/nowhere.yaml:1:1 文件不存在');
  });

  it('given a bad YAML value, a missing field and a bad CSV cell in one enterprise folder, reports all three in one run, by file and line', async () => {
    const { code, stdout } = await runMain(['check', 'fixtures/malformed/all-errors-at-once', '--lang', 'en']);
    expect(code).toBe(2);
    const at = 'fixtures/malformed/all-errors-at-once';
    expect(stdout.split('\n').filter((line) => line.startsWith(`  ${at}/`))).toEqual([
      `  ${at}/enterprise.yaml:8:3 enterprise.employees: should be a whole number`,
      `  ${at}/enterprise.yaml:9:1 assessment.assessor: required field is missing`,
      `  ${at}/training.csv:3:5 (完成日期) "2026年13月1日" is not a real calendar date`,
    ]);
  });

  it('given JSON output, lists the located errors there too', async () => {
    const { code, stdout } = await runMain(['check', 'fixtures/malformed/bad-credit-code.yaml', '-f', 'json']);
    expect(code).toBe(2);
    expect(JSON.parse(stdout).errors).toEqual([
      expect.objectContaining({ file: 'fixtures/malformed/bad-credit-code.yaml', code: 'schema-violation', path: 'enterprise.creditCode', location: { file: 'fixtures/malformed/bad-credit-code.yaml', line: 4, column: 3 } }),
    ]);
  });
});

describe('usage errors', () => {
  it.each([
    [['check', 'fixtures/general/compliant.yaml', '--as-of', '2026-02-30'], '--as-of 应为日期 YYYY-MM-DD'],
    [['check', 'fixtures/general/compliant.yaml', '-f', 'xml'], '未知的输出格式 xml'],
    [['check', 'fixtures/general/compliant.yaml', '--fail-on', 'critical'], '--fail-on 应为'],
    [['check', 'fixtures/general/compliant.yaml', '--lang', 'fr'], '--lang 应为 zh 或 en'],
    [['check', 'test'], '未找到自评文件'],
    [['explain', 'NO-SUCH-RULE'], '未知的规则编号 NO-SUCH-RULE'],
  ])('given %j, explains on stderr and exits 2', async (args, message) => {
    const { code, stderr } = await runMain(args);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });

  it('given an unknown command, exits 2', async () => {
    expect((await runMain(['audit'])).code).toBe(2);
  });
});
