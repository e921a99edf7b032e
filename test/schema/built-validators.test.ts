// The schemas a run validates besides the assessment (its config, waivers, report metadata, a pack read from its
// YAML, a report read back) are compiled by the build: compileSchema takes the build's validator, which says
// what ajv compiling the schema now says.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtValidatorFile, compileSchema, configSchema, createAjv, packSchema, reportMetaSchema, waiverSchema, type JsonSchema } from '../../src/schema/index.js';
import { reportSchemas } from '../../src/cli/read-report.js';

const cases: [string, JsonSchema, unknown[]][] = [
  ['config', configSchema, [{ failOn: 'sometimes', packs: ['general', 7], severityOverrides: { 'GEN-MGT-003': 'critical' }, disabled: { 'GEN-TRN-009': '' }, extra: true }, { outputs: 'table' }]],
  ['waivers', waiverSchema, [{ waivers: [{ rule: 'GEN-RESP-001', enterprise: '91140100MA0K12340F', expires: '2027-02-30' }] }, { waivers: 'none' }]],
  ['report metadata', reportMetaSchema, [{ client: 42, period: { from: 'soon' } }]],
  ['pack', packSchema, [{ pack: 'x', rules: [{ id: 'X-1', severity: 'critical', assert: 7 }] }]],
  ['report read back', reportSchemas().whole, [{ schemaVersion: '3.0.0', enterprises: [{ verdict: 'fine' }] }]],
];

describe('validators the build compiled', () => {
  it.each(cases)('given the %s schema, the build has its validator, and it reports what a freshly compiled one does', (_name, schema, documents) => {
    expect(existsSync(builtValidatorFile(schema))).toBe(true);
    const built = compileSchema(schema);
    const fresh = createAjv().compile(schema);
    // A validator ajv compiles carries its schema's environment; the one the build's file returns does not.
    expect('schemaEnv' in fresh).toBe(true);
    expect('schemaEnv' in built).toBe(false);
    for (const document of documents) {
      expect(built(document)).toBe(false);
      expect(fresh(document)).toBe(false);
      expect(built.errors).toEqual(fresh.errors);
    }
  });

  it('given a schema the build did not compile, compiles it', () => {
    const schema: JsonSchema = { type: 'object', required: ['built'] };
    expect(existsSync(builtValidatorFile(schema))).toBe(false);
    const validate = compileSchema(schema);
    expect('schemaEnv' in validate).toBe(true);
    expect(validate({})).toBe(false);
    expect(validate.errors?.[0]).toMatchObject({ keyword: 'required', params: { missingProperty: 'built' } });
  });
});
