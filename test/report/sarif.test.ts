import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { reporters, type AuditRun } from '../../src/report/index.js';
import { sampleRun } from './sample-run.js';

// The official OASIS SARIF 2.1.0 schema, as shipped in an npm package (so any fresh clone has it).
const require = createRequire(import.meta.url);
const schemaPath = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
const sarifSchema = JSON.parse(readFileSync(schemaPath, 'utf8'));

let run: AuditRun;
let sarif: any;
beforeAll(async () => {
  run = await sampleRun();
  sarif = JSON.parse(reporters.sarif(run, { lang: 'zh', color: false }));
});

describe('formatSarif', () => {
  it('validates against the official SARIF 2.1.0 schema', () => {
    // The schema is JSON Schema draft-04, which ajv reads through its draft-04 build.
    // Its language-tag pattern is not a valid Unicode-mode regular expression, hence unicodeRegExp: false.
    const ajv = new (AjvDraft04 as unknown as typeof import('ajv').Ajv)({ allErrors: true, strict: false, unicodeRegExp: false });
    (addFormats as unknown as (a: unknown) => void)(ajv);
    const validate = ajv.compile(sarifSchema);
    expect(validate(sarif), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
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
