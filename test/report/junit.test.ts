import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'test-results-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { type AuditRun } from '../../src/report/index.js';
import { reporters } from './all-formats.js';
import { sampleRun } from './sample-run.js';

let run: AuditRun;
let parsed: ReturnType<typeof parse>;
beforeAll(async () => {
  run = await sampleRun();
  const file = join(mkdtempSync(join(tmpdir(), 'junit-')), 'audit.xml');
  writeFileSync(file, reporters.junit(run, { lang: 'zh', color: false }));
  parsed = parse({ type: 'junit', files: [file] });
});

describe('formatJunit, read back by a JUnit consumer', () => {
  it('has one suite per enterprise, then one per file that could not be checked', () => {
    expect(parsed.suites.map((suite) => suite.name)).toEqual([
      ...run.enterprises.map((e) => `${e.enterprise.name} (${e.enterprise.creditCode})`),
      'fixtures/malformed/bad-date.yaml',
    ]);
  });

  it('has a case per problem (per item), and per rule one for its passes and one for its not-applicable items', () => {
    run.enterprises.forEach((result, index) => {
      const suite = parsed.suites[index]!;
      const count = (status: string) => result.findings.filter((f) => f.status === status).length;
      const rulesWith = (status: 'pass' | 'not-applicable') => Object.values(result.tally).filter((tally) => tally[status] > 0).length;
      expect(suite.cases).toHaveLength(result.findings.length + rulesWith('pass') + rulesWith('not-applicable'));
      expect(suite.failed).toBe(count('fail'));
      expect(suite.skipped).toBe(rulesWith('not-applicable') + count('waived'));
    });
    const passes = parsed.suites[0]!.cases.filter((c) => c.status === 'PASS');
    expect(passes.map((c) => c.name)).toContain('GEN-RESP-001 主要负责人签订年度安全生产履职尽责承诺');
  });

  it('carries the message, basis and location of a failure', () => {
    const licence = parsed.suites[2]!.cases.find((c) => c.name.startsWith('GEN-MGT-002'))!;
    expect(licence.status).toBe('FAIL');
    expect(licence.failure).toContain('安全生产许可证有效期至 2026-06-09');
    expect(licence.stack_trace).toContain('fixtures/general/violating-licence.yaml:53:3');
    expect(licence.stack_trace).toContain('安全生产许可证条例');
  });

  it('escapes markup in names instead of breaking the XML', () => {
    expect(parsed.suites[0]!.name).toContain('<img src=x onerror=alert(1)>');
  });
});
