import { describe, expect, it } from 'vitest';
import { capDiagnostics, sortDiagnostics, withoutReported } from '../../src/input/collect-diagnostics.js';
import { errorAt } from '../../src/input/diagnostics.js';

const at = (file: string, line: number, column = 1) => errorAt('schema-violation', { key: 'schema-invalid' }, { file, line, column });

describe('one enterprise’s diagnostics as one list', () => {
  it('given problems of several files, puts the assessment first, then the others by name, each by line and column', () => {
    const sorted = sortDiagnostics([at('p/training.csv', 3), at('p/enterprise.yaml', 9), at('p/drills.csv', 2), at('p/enterprise.yaml', 8, 5), at('p/enterprise.yaml', 8, 3)], 'p/enterprise.yaml');
    expect(sorted.map((d) => `${d.location!.file}:${d.location!.line}:${d.location!.column}`)).toEqual([
      'p/enterprise.yaml:8:3', 'p/enterprise.yaml:8:5', 'p/enterprise.yaml:9:1', 'p/drills.csv:2:1', 'p/training.csv:3:1',
    ]);
  });

  it('given 80 problems in one file and 3 in another, keeps 50 of the first with one "… and N more" line, and all 3', () => {
    const many = Array.from({ length: 80 }, (_, i) => at('a.csv', i + 2));
    const capped = capDiagnostics([...many, at('b.csv', 2), at('b.csv', 3), at('b.csv', 4)], 'a.yaml');
    expect(capped).toHaveLength(54);
    expect(capped[50]).toMatchObject({ code: 'diagnostics-truncated', message: { params: { count: 30, max: 50 } }, location: { file: 'a.csv' } });
    expect(capped.slice(51).map((d) => d.location!.line)).toEqual([2, 3, 4]);
  });

  it('given a ledger reader’s own truncation line, counts it into the file’s "more"', () => {
    const reader = [...Array.from({ length: 50 }, (_, i) => at('a.csv', i + 2)), errorAt('diagnostics-truncated', { key: 'diagnostics-truncated', params: { count: 950 } }, { file: 'a.csv', line: 1, column: 1 })];
    expect(capDiagnostics(reader, 'a.yaml').at(-1)).toMatchObject({ message: { params: { count: 950 } } });
  });

  it.each([
    ['the reported cell itself', '/training/records/1/completedOn', 'schema-enum', false],
    ['a value under a list left out', '/hazards/0/id', 'schema-enum', false],
    ['a required parent of a reported cell', '/training/records/1', 'schema-required', false],
    ['another value', '/enterprise/employees', 'schema-type-integer', true],
    ['a non-required problem of a parent', '/training/records/1', 'schema-unknown-field', true],
  ])('given a schema problem at %s, keeps it: %s', (_name, pointer, key, kept) => {
    const problem = errorAt('schema-violation', { key }, undefined, pointer);
    expect(withoutReported([problem], ['/training/records/1/completedOn', '/hazards'])).toHaveLength(kept ? 1 : 0);
  });
});
