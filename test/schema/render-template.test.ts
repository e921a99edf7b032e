import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { composeAssessmentSchema, renderAssessmentTemplate, renderCsvTemplate, templateTables, type JsonSchema } from '../../src/schema/index.js';

const schema = composeAssessmentSchema([{ sector: 'fire-safety', section: 'fireSafety', schema: { type: 'object', title: '消防', properties: { premises: { type: 'array', title: '场所', 'x-csv': 'premises.csv', items: { type: 'object', properties: { name: { type: 'string', title: '场所名称' } } } } } } }]);

/** Keys a template must offer: every property except the lists kept in CSV files. */
function keys(node: JsonSchema): unknown {
  const entries = Object.entries(node.properties ?? {})
    .filter(([, child]) => !child['x-csv'])
    .map(([key, child]) => [key, child.type === 'object' && child.properties ? keys(child) : null]);
  return entries.length ? Object.fromEntries(entries) : null;
}

describe('renderAssessmentTemplate', () => {
  it('offers every field of the schema, empty, with the declared sectors filled in', () => {
    const template = parse(renderAssessmentTemplate(schema, { lang: 'zh', sectors: ['fire-safety'], schemaFile: 's.json' }));
    expect(template.enterprise.sectors).toEqual(['fire-safety']);
    expect({ ...template, enterprise: { ...template.enterprise, sectors: null } }).toEqual(keys(schema));
  });

  it('leaves out the sections of sectors not declared', () => {
    const template = parse(renderAssessmentTemplate(schema, { lang: 'en', sectors: [], schemaFile: 's.json' }));
    expect(template).not.toHaveProperty('fireSafety');
  });

  it('comments each field with its title, whether it is required and how to write it', () => {
    const text = renderAssessmentTemplate(schema, { lang: 'zh', sectors: [], schemaFile: 's.json' });
    expect(text).toMatch(/^# yaml-language-server: \$schema=\.\/s\.json$/m);
    expect(text).toContain('  # 统一社会信用代码（必填）：18 位，末位为校验码\n  creditCode:');
    expect(text).toContain('# 隐患排查治理台账（填写在 hazards.csv）');
    expect(renderAssessmentTemplate(schema, { lang: 'en', sectors: [], schemaFile: 's.json' })).toContain('  # Date the self-assessment was completed. (required) — YYYY-MM-DD\n  date:');
  });
});

describe('renderCsvTemplate and templateTables', () => {
  it('writes a UTF-8 BOM header row of Chinese titles, required columns starred, then an example row with the allowed values', () => {
    const hazards = templateTables(schema, []).find((table) => table.file === 'hazards.csv')!;
    expect(renderCsvTemplate(hazards.item, 'zh')).toBe(
      '\ufeff隐患编号*,隐患描述*,隐患等级*,发现日期*,整改期限,整改状态*,整改完成日期,向监管部门报告日期,向职工通报日期,整改责任人\r\n' +
      '示例：隐患编号,隐患描述,一般/重大,2026-03-05,2026-03-05,未整改/整改中/已整改,2026-03-05,2026-03-05,2026-03-05,整改责任人\r\n',
    );
    expect(renderCsvTemplate(hazards.item, 'en')).toMatch(/^\ufeffid\*,description\*,level\*,foundOn\*,deadline,status\*.*\r\nExample: /);
  });

  it('names nested columns by their unique short title', () => {
    const operators = templateTables(schema, []).find((table) => table.file === 'special-operators.csv')!;
    expect(renderCsvTemplate(operators.item, 'zh').split('\r\n')[0]).toBe('\ufeff姓名*,作业类别*,证书编号,发证日期,有效期至,最近复审日期');
  });

  it("includes a declared sector's ledgers only", () => {
    expect(templateTables(schema, ['fire-safety']).map((table) => table.file)).toContain('premises.csv');
    expect(templateTables(schema, []).map((table) => table.file)).not.toContain('premises.csv');
  });
});
