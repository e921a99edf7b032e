import { describe, expect, it } from 'vitest';
import { baseAssessmentSchema, compileSchema, type JsonSchema } from '../../src/schema/index.js';

/** Every property, at every depth, as `path → schema`. */
function properties(schema: JsonSchema, path = ''): [string, JsonSchema][] {
  const own = Object.entries(schema.properties ?? {}).flatMap(([key, child]) => [[`${path}${key}`, child] as [string, JsonSchema], ...properties(child, `${path}${key}.`)]);
  return schema.items ? [...own, ...properties(schema.items, `${path}[].`)] : own;
}

describe('the assessment schema', () => {
  it('gives every field a Chinese title and an English description', () => {
    const missing = properties(baseAssessmentSchema).filter(([, child]) => !/[\u4e00-\u9fff]/.test(child.title ?? '') || !child.description).map(([path]) => path);
    expect(missing).toEqual([]);
  });

  it('forbids unknown fields on every object, so a misspelt key is an error', () => {
    const open = properties(baseAssessmentSchema).filter(([, child]) => child.type === 'object' && child.additionalProperties !== false).map(([path]) => path);
    expect(open).toEqual([]);
  });

  it('compiles with ajv', () => {
    expect(() => compileSchema(baseAssessmentSchema)).not.toThrow();
  });
});

describe('the facts that decide which general duties apply', () => {
  const validate = compileSchema(baseAssessmentSchema);
  const assessment = (enterprise: Record<string, unknown>, management: Record<string, unknown>) => ({
    enterprise: { name: '某公司', creditCode: '91140100MA0K12340F', sectors: ['hazardous-chemicals'], region: '山西省', employees: 10, ...enterprise },
    assessment: { date: '2026-11-20', assessor: '李' },
    management,
  });
  const licence = { number: 'X-1', issuedOn: '2024-01-01', expiresOn: '2027-01-01' };

  it('accepts the three licence kinds, the activities without a sector code and the project facts of 三同时', () => {
    const data = assessment({ operations: ['金属冶炼', '人员密集场所经营', '危险物品运输'] }, {
      licence, hazchemOperatingLicence: licence, hazchemUseLicence: licence, hazchemUseQuantityReached: true,
      projects: [{ name: '储罐区', kind: '危险物品生产储存装卸', safetyAssessedOn: '2025-01-01', safetyDesignApprovedOn: '2025-03-01', deviationsFromDesign: 0 }],
    });
    expect(validate(data)).toBe(true);
  });

  it('rejects an activity or a project kind it does not know', () => {
    expect(validate(assessment({ operations: ['采矿'] }, {}))).toBe(false);
    expect(validate(assessment({}, { projects: [{ name: '储罐区', kind: '化工' }] }))).toBe(false);
  });
});
