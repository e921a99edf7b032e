// A group's own packs (`--rules`): every problem that would let them be mistaken for, or replace, something
// bundled is an error located in the group's pack file.
import { describe, expect, it } from 'vitest';
import { buildRuleSet, checkGroupPacks, loadPack, type Pack } from '../../src/rules/index.js';
import { evaluate } from '../../src/engine/index.js';
import { packText, rule } from './pack-text.js';

/** A bundled pack (rule T-001) and a group pack written inline, the group's marked as `--rules` marks it. */
const bundled = loadPack(packText(rule({ assert: 'true' })), 'rules/test.yaml').value!;
const group = (text: string, file = 'group/acme.yaml'): Pack => {
  const { value, diagnostics } = loadPack(text, file);
  expect(diagnostics).toEqual([]);
  return { ...value!, origin: 'group' };
};
const groupText = (header: string, ...rules: string[]) => `pack: acme
version: "1"
title: {zh: 某集团制度, en: ACME group rules}
sector: general
${header}
sources:
  law: {zh: 集团制度, en: Group rules}
rules:${rules.join('')}
`;

describe('checkGroupPacks', () => {
  it('given a group pack with its own prefix, rule ids and pack name, finds nothing', () => {
    expect(checkGroupPacks([bundled], [group(groupText('idPrefix: ACME', rule({ id: 'ACME-001', assert: 'true' })))])).toEqual([]);
  });

  it('given a group pack without idPrefix, reports it at the pack name', () => {
    const problems = checkGroupPacks([bundled], [group(groupText('', rule({ id: 'ACME-001', assert: 'true' })))]);
    expect(problems).toMatchObject([{ code: 'pack-group-prefix-missing', pointer: '/pack', location: { file: 'group/acme.yaml', line: 1, column: 1 } }]);
  });

  it('given a prefix a bundled pack uses, reports it at idPrefix and names that pack', () => {
    const problems = checkGroupPacks([bundled], [group(groupText('idPrefix: T', rule({ id: 'T-002', assert: 'true' })))]);
    expect(problems).toMatchObject([{ code: 'pack-group-prefix-taken', pointer: '/idPrefix', location: { line: 5 }, message: { params: { prefix: 'T', other: 'test' } } }]);
  });

  it('given a rule id, pack name or section already taken, reports each at its value', () => {
    const text = groupText('idPrefix: T\nsection: xAcme\nschema: {type: object, properties: {a: {type: string}}}', rule({ id: 'T-001', assert: 'true' })).replace('pack: acme', 'pack: test');
    const second = group(text.replace('pack: test', 'pack: other').replace('idPrefix: T', 'idPrefix: OTHER').replace('T-001', 'OTHER-001'), 'group/other.yaml');
    const problems = checkGroupPacks([], [group(text), second]);
    expect(problems).toMatchObject([{ code: 'pack-group-collision', pointer: '/section', location: { file: 'group/other.yaml', line: 6 } }]);
    const clashes = checkGroupPacks([bundled], [group(text)]).filter((problem) => problem.code === 'pack-group-collision');
    expect(clashes.map((problem) => problem.pointer)).toEqual(['/pack', '/rules/0/id']);
    expect(clashes[1]).toMatchObject({ location: { line: 11, column: 5 }, message: { params: { name: 'T-001', other: { en: 'the bundled pack test' } } } });
  });

  it('given a section not named x and a capital, reports it at the section', () => {
    const text = groupText('idPrefix: ACME\nsection: hazards2\nschema: {type: object, properties: {a: {type: string}}}', rule({ id: 'ACME-001', assert: 'true' }));
    expect(checkGroupPacks([bundled], [group(text)])).toMatchObject([{ code: 'pack-group-section', pointer: '/section', location: { line: 6 } }]);
  });

  it('given a section the general part has, reports both the name and the clash', () => {
    const text = groupText('idPrefix: ACME\nsection: hazards\nschema: {type: object, properties: {a: {type: string}}}', rule({ id: 'ACME-001', assert: 'true' }));
    expect(checkGroupPacks([bundled], [group(text)]).map((problem) => problem.code)).toEqual(['pack-group-section', 'pack-group-collision']);
  });
});

describe('idPrefix', () => {
  it('given a rule id without the pack prefix, reports it at the id, in any pack', () => {
    const { diagnostics } = loadPack(groupText('idPrefix: ACME', rule({ id: 'ACME-001', assert: 'true' }), rule({ id: 'JT-002', assert: 'true' })), 'g.yaml');
    expect(diagnostics).toMatchObject([{ code: 'pack-rule-prefix', pointer: '/rules/1/id', location: { file: 'g.yaml', line: 18, column: 5 }, message: { params: { rule: 'JT-002', prefix: 'ACME' } } }]);
  });

  it('given a prefix that is not upper-case letters and digits, the pack schema refuses it', () => {
    const { diagnostics } = loadPack(groupText('idPrefix: acme', rule({ id: 'ACME-001', assert: 'true' })), 'g.yaml');
    expect(diagnostics).toMatchObject([{ code: 'pack-invalid', pointer: '/idPrefix', location: { line: 5 } }]);
  });
});

describe('a group section (x-group)', () => {
  const text = groupText(
    'idPrefix: ACME\nsection: xAcme\nschema: {type: object, title: 集团专项, properties: {lastAuditOn: {type: string, format: date, title: 集团安全审核日期}}}',
    rule({ id: 'ACME-001', dimension: 'management', assert: 'daysSince(xAcme.lastAuditOn) <= 365', at: 'xAcme.lastAuditOn' }),
  );
  const built = buildRuleSet([group(text)], '2026-11-20');
  const assessment = (extra: Record<string, unknown>) => ({
    file: 'e.yaml', sourceMap: new Map(),
    data: { enterprise: { name: '甲', creditCode: '91140100MA0K12340F', sectors: [], region: '太原', employees: 10 }, assessment: { date: '2026-11-20', assessor: '乙' }, ...extra },
  });

  it('is added to the assessment schema marked x-group with the pack, and never required', () => {
    expect(built.diagnostics).toEqual([]);
    const schema = built.ruleSet!.schema;
    expect(schema.properties?.xAcme).toMatchObject({ 'x-group': 'acme', properties: { lastAuditOn: { format: 'date' } } });
    expect(JSON.stringify(schema.allOf ?? [])).not.toContain('xAcme');
    expect(built.ruleSet!.validate(assessment({}).data)).toBe(true);
  });

  it('is read by the group rule: decided when given, undecided (never passed) when absent', () => {
    const { rules, ruleEnv } = built.ruleSet!;
    const status = (extra: Record<string, unknown>) => evaluate(assessment(extra) as never, rules, ruleEnv, [], { keepPasses: true }).findings.map((f) => [f.ruleId, f.status, f.pack.origin]);
    expect(status({ xAcme: { lastAuditOn: '2026-01-10' } })).toEqual([['ACME-001', 'pass', 'group']]);
    expect(status({ xAcme: { lastAuditOn: '2025-01-10' } })).toEqual([['ACME-001', 'fail', 'group']]);
    expect(status({})).toEqual([['ACME-001', 'indeterminate', 'group']]);
  });

  it('given a misspelt field of the section, is a located type error at load', () => {
    const { diagnostics } = buildRuleSet([group(text.replace('daysSince(xAcme.lastAuditOn)', 'daysSince(xAcme.lastAudit)'))], '2026-11-20');
    expect(diagnostics).toMatchObject([{ code: 'cel-type-error', pointer: '/rules/0/assert', location: { file: 'group/acme.yaml' } }]);
  });
});
