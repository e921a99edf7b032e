import { describe, expect, it } from 'vitest';
import { composeAssessmentSchema, listFields } from '../../src/schema/index.js';

const schema = composeAssessmentSchema([]);

describe('listFields', () => {
  it('given the general schema, lists YAML fields with title, type and required, and ledger columns with their CSV file and sheet', () => {
    const rows = listFields(schema, [], 'zh');
    expect(rows.find((row) => row.path === 'enterprise.creditCode')).toEqual({ path: 'enterprise.creditCode', title: '统一社会信用代码', type: '信用代码', allowed: [], required: true });
    expect(rows.find((row) => row.path === 'hazards[].level')).toEqual({
      path: 'hazards[].level', title: '隐患等级', type: '选项', allowed: ['一般', '重大'], required: true,
      table: { file: 'hazards.csv', sheet: '隐患排查治理台账', column: '隐患等级' },
    });
    expect(rows.find((row) => row.path === 'training.specialOperators[].certificate.expiresOn')?.table).toMatchObject({ file: 'special-operators.csv', sheet: '特种作业人员' });
    expect(rows.find((row) => row.path === 'enterprise.sectors')).toMatchObject({ type: '选项列表', allowed: expect.arrayContaining(['coal-mine', 'hazardous-chemicals']) });
  });

  it('given English, names types in English and sheets after the CSV files', () => {
    const level = listFields(schema, [], 'en').find((row) => row.path === 'hazards[].level');
    expect(level).toMatchObject({ type: 'choice', table: { file: 'hazards.csv', sheet: 'hazards', column: 'level' } });
  });

  it('given a yes/no field, offers 是 and 否', () => {
    expect(listFields(schema, [], 'zh').find((row) => row.path === 'responsibility.safetyBody.established')).toMatchObject({ type: '是/否', allowed: ['是', '否'] });
  });
});
