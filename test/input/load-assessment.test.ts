import { describe, expect, it } from 'vitest';
import { translate } from '../../src/i18n/index.js';
import { parseAssessmentText, validateAssessment } from '../../src/input/index.js';
import { compileSchema, composeAssessmentSchema } from '../../src/schema/index.js';

const validate = compileSchema(composeAssessmentSchema([]));
const parseAssessment = (bytes: Uint8Array, file: string, check = validate) => {
  const parsed = parseAssessmentText(bytes, file);
  return parsed.value ? validateAssessment(parsed.value, file, check) : parsed;
};
const bytes = (text: string) => new TextEncoder().encode(text);
const minimal = [
  'enterprise:',
  '  name: 甲公司',
  '  creditCode: 91140100MA0K12340F',
  '  sectors: []',
  '  region: 山西省太原市',
  '  employees: 10',
  'assessment: {date: 2026-11-20, assessor: 李}',
];

describe('parseAssessmentText + validateAssessment', () => {
  it('given a minimal valid assessment, returns data and its source map', () => {
    const { value, diagnostics } = parseAssessment(bytes(minimal.join('\n')), 'a.yaml', validate);
    expect(diagnostics).toEqual([]);
    expect(value?.sourceMap.get('/enterprise/creditCode')).toEqual({ file: 'a.yaml', line: 3, column: 3 });
  });

  it.each([
    ['a bad date', ['hazards:', '  - {id: H-1, description: d, level: 一般, foundOn: 2021-02-30, status: 未整改}'], '/hazards/0/foundOn', 9, 42, '应为日期 YYYY-MM-DD'],
    ['a misspelt field', ['hazrds: []'], '/hazrds', 8, 1, '未知字段（请检查拼写）'],
    ['a wrong type', ['investment: {safetyFee: {extracted: 一百万}}'], '/investment/safetyFee/extracted', 8, 26, '应为数字'],
    ['a value outside the list', ['risks:', '  - {id: R-1, name: 动火作业, level: 红色}'], '/risks/0/level', 9, 27, '应为以下之一：重大 | 较大 | 一般 | 低'],
  ])('given %s, reports a located readable message', (_name, extra, pointer, line, column, zh) => {
    const { value, diagnostics } = parseAssessment(bytes([...minimal, ...extra].join('\n')), 'a.yaml', validate);
    expect(value).toBeUndefined();
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: 'schema-violation', pointer, location: { line, column } });
    expect(translate('zh', diagnostics[0]!.message)).toBe(zh);
  });

  it('given a bad credit code, says so in both languages', () => {
    const text = minimal.join('\n').replace('12340F', '12340A');
    const [diagnostic] = parseAssessment(bytes(text), 'a.yaml', validate).diagnostics;
    expect(diagnostic).toMatchObject({ pointer: '/enterprise/creditCode', location: { line: 3, column: 3 } });
    expect(translate('en', diagnostic!.message)).toContain('unified social credit code');
  });

  it('given a missing required section, points at the document and names the field', () => {
    const [diagnostic] = parseAssessment(bytes(minimal.slice(0, 6).join('\n')), 'a.yaml', validate).diagnostics;
    expect(diagnostic).toMatchObject({ pointer: '/assessment', location: { line: 1, column: 1 }, message: { key: 'schema-required' } });
  });

  it('given a key left empty, treats it as not filled in: a located missing-field error', () => {
    const text = minimal.join('\n').replace('  region: 山西省太原市', '  region:');
    const [diagnostic] = parseAssessment(bytes(text), 'a.yaml').diagnostics;
    expect(diagnostic).toMatchObject({ pointer: '/enterprise/region', location: { line: 5, column: 3 }, message: { key: 'schema-required' } });
  });

  it('given a declared sector whose pack adds a section, requires that section', () => {
    const withSection = compileSchema(composeAssessmentSchema([{ sector: 'fire-safety', section: 'fireSafety', schema: { type: 'object' } }]));
    const text = minimal.join('\n').replace('sectors: []', 'sectors: [fire-safety]');
    const { diagnostics } = parseAssessment(bytes(text), 'a.yaml', withSection);
    expect(diagnostics.map((d) => d.pointer)).toEqual(['/fireSafety']);
  });
});
