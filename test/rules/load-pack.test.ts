import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/rules/index.js';
import { packText, rule } from './pack-text.js';

describe('loadPack', () => {
  it('given a valid pack, returns its rules', () => {
    const { value, diagnostics } = loadPack(packText(rule({ assert: 'true' })), 'p.yaml');
    expect(diagnostics).toEqual([]);
    expect(value?.rules.map((r) => r.id)).toEqual(['T-001']);
  });

  it('given a rule without remediation, reports it at the rule in the pack file', () => {
    const text = packText(rule({ assert: 'true' })).replace('    remediation: {zh: 整改, en: Fix it}\n', '');
    const { diagnostics } = loadPack(text, 'p.yaml');
    expect(diagnostics).toMatchObject([{ code: 'pack-invalid', pointer: '/rules/0/remediation', location: { file: 'p.yaml', line: 8, column: 5 } }]);
  });

  it('given an unknown severity, reports the value with the allowed ones', () => {
    const { diagnostics } = loadPack(packText(rule({ assert: 'true', severity: 'critical' })), 'p.yaml');
    expect(diagnostics).toMatchObject([{ pointer: '/rules/0/severity', message: { key: 'schema-enum' }, location: { line: 10 } }]);
  });

  it('given two rules with one id, reports the second', () => {
    const { diagnostics } = loadPack(packText(rule({ assert: 'true' }), rule({ assert: 'true' })), 'p.yaml');
    expect(diagnostics).toMatchObject([{ code: 'pack-duplicate-rule', pointer: '/rules/1/id' }]);
  });

  it('given a basis that names no source, reports the rule and the source', () => {
    const { diagnostics } = loadPack(packText(rule({ assert: 'true' })).replace('["law#第一条"]', '["lawx#第一条"]'), 'p.yaml');
    expect(diagnostics).toMatchObject([{ code: 'pack-unknown-source', message: { params: { rule: 'T-001', source: 'lawx' } } }]);
  });
});
