import { beforeAll, describe, expect, it } from 'vitest';
import { type AuditRun } from '../../src/report/index.js';
import { reporters } from './all-formats.js';
import { sampleRun } from './sample-run.js';
import { sarifProblems } from '../support/sarif-schema.js';

let run: AuditRun;
let sarif: any;
beforeAll(async () => {
  run = await sampleRun();
  sarif = JSON.parse(reporters.sarif(run, { lang: 'zh', color: false }));
});

describe('formatSarif', () => {
  it('validates against the official SARIF 2.1.0 schema', () => {
    expect(sarifProblems(sarif)).toEqual([]);
  });

  it('describes each rule checked, with basis and remediation in its help and a default level', () => {
    const rules = sarif.runs[0].tool.driver.rules;
    const licence = rules.find((r: { id: string }) => r.id === 'GEN-MGT-002');
    expect(licence.defaultConfiguration.level).toBe('error');
    expect(licence.help.text).toContain('安全生产许可证条例');
    expect(licence.help.text).toContain('整改');
    expect(rules.find((r: { id: string }) => r.id === 'GEN-EMG-003').defaultConfiguration.level).toBe('note');
  });

  it('reports problems only, located in the file with a stable fingerprint', () => {
    const results = sarif.runs[0].results;
    const failed = run.enterprises.flatMap((e) => e.findings).filter((f) => f.status === 'fail' || f.status === 'indeterminate' || f.status === 'waived');
    expect(results).toHaveLength(failed.length);
    const licence = results.find((r: { ruleId: string }) => r.ruleId === 'GEN-MGT-002');
    expect(licence).toMatchObject({
      level: 'error', kind: 'fail',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'fixtures/general/violating-licence.yaml' }, region: { startLine: 53, startColumn: 3 } } }],
    });
    expect(licence.partialFingerprints['safetyAudit/v1']).toMatch(/^[0-9a-f]{16}$/);
  });

  it('keeps a waived finding as a suppressed result with its justification', () => {
    const waived = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'GEN-HZ-004');
    expect(waived.suppressions).toEqual([{ kind: 'external', status: 'accepted', justification: '验收资料补录中 (集团安全部, 2027-01-31)' }]);
  });

  it('reports an input file that could not be checked as a located tool notification', () => {
    const invocation = sarif.runs[0].invocations[0];
    expect(invocation.executionSuccessful).toBe(false);
    expect(invocation.toolExecutionNotifications[0]).toMatchObject({
      level: 'error', descriptor: { id: 'schema-violation' },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'fixtures/malformed/bad-date.yaml' }, region: { startLine: 13, startColumn: 5 } } }],
    });
  });

  it('speaks English with --lang en', () => {
    const english = JSON.parse(reporters.sarif(run, { lang: 'en', color: false }));
    expect(english.runs[0].tool.driver.rules[0].help.text).toMatch(/^Basis: /);
  });
});
