import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/input/index.js';

describe('parseYaml', () => {
  it('given nested mappings and lists, maps every pointer to the 1-based line and column of its key or item', () => {
    const text = ['enterprise:', '  name: 甲公司', 'hazards:', '  - id: H-1', '    deadline: 2021-03-05', '  - {id: H-2, deadline: 2021-04-01}', ''].join('\n');
    const { value, diagnostics } = parseYaml(text, 'a.yaml');
    expect(diagnostics).toEqual([]);
    expect(value?.data).toEqual({ enterprise: { name: '甲公司' }, hazards: [{ id: 'H-1', deadline: '2021-03-05' }, { id: 'H-2', deadline: '2021-04-01' }] });
    const at = (pointer: string) => value?.sourceMap.get(pointer);
    expect(at('/enterprise/name')).toEqual({ file: 'a.yaml', line: 2, column: 3 });
    expect(at('/hazards/0')).toEqual({ file: 'a.yaml', line: 4, column: 5 });
    expect(at('/hazards/0/deadline')).toEqual({ file: 'a.yaml', line: 5, column: 5 });
    expect(at('/hazards/1/deadline')).toEqual({ file: 'a.yaml', line: 6, column: 15 });
  });

  it('given keys with / and ~, escapes them in pointers', () => {
    const { value } = parseYaml('a/b:\n  c~d: 1\n', 'x.yaml');
    expect(value?.sourceMap.get('/a~1b/c~0d')).toMatchObject({ line: 2, column: 3 });
  });

  it.each([
    ['an empty file', '', 'yaml-empty', 1, 1],
    ['only a comment', '# nothing\n', 'yaml-empty', 1, 1],
    ['a list at the top', '- a\n- b\n', 'yaml-not-mapping', 1, 1],
    ['a duplicate key', 'enterprise:\n  name: a\n  name: b\n', 'yaml-duplicate-key', 3, 3],
    ['an unclosed flow mapping', 'enterprise: {name: a\nassessment: 1\n', 'yaml-syntax', 1, 13],
    ['two documents', 'a: 1\n---\nb: 2\n', 'yaml-multiple-documents', 2, 1],
    ['an alias naming no anchor', 'enterprise: {name: a}\nx: *nope\n', 'yaml-alias', 2, 4],
    ['an alias bomb', `a: &a [${Array(9).fill('l').join(',')}]\n${'bcdefgh'.split('').map((n, i) => `${n}: &${n} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(',')}]`).join('\n')}\n`, 'yaml-alias', 2, 8],
    ['10,000 nested flow lists', `a: ${'['.repeat(10000)}${']'.repeat(10000)}\n`, 'yaml-too-deep', 1, 104],
    ['3,000 nested mappings', Array.from({ length: 3000 }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n'), 'yaml-too-deep', 201, 1],
    ['a number beyond floating point', 'a: 1e400\n', 'number-out-of-range', 1, 4],
    ['infinity', 'a: {b: .inf}\n', 'number-out-of-range', 1, 8],
    ['an integer beyond the exact range', 'a: 123456789012345678901234567890\n', 'number-out-of-range', 1, 4],
  ])('given %s, reports %s at its line and column', (_name, text, code, line, column) => {
    const { value, diagnostics } = parseYaml(text, 'f.yaml');
    expect(value).toBeUndefined();
    expect(diagnostics[0]).toMatchObject({ code, location: { file: 'f.yaml', line, column } });
  });

  it('given numbers at the edge of the exact range and anchors used sensibly, reads them', () => {
    const { value, diagnostics } = parseYaml('a: 9007199254740991\nb: -1.5e300\nc: &c {x: 1}\nd: *c\n', 'f.yaml');
    expect(diagnostics).toEqual([]);
    expect(value?.data).toEqual({ a: 9007199254740991, b: -1.5e300, c: { x: 1 }, d: { x: 1 } });
  });

  it('given dates and yes-like words, keeps them as text (YAML 1.2 core schema)', () => {
    const { value } = parseYaml('d: 2021-03-05\nyes: 是\nflag: true\n', 'f.yaml');
    expect(value?.data).toEqual({ d: '2021-03-05', yes: '是', flag: true });
  });
});

describe('parseYaml limits', () => {
  it('given a list of a million values (2 MB), refuses it before building a tree, at the value past the limit', () => {
    const text = `hazards: [${Array(1_000_000).fill('1').join(',')}]\n`;
    const { value, diagnostics } = parseYaml(text, 'f.yaml');
    expect(value).toBeUndefined();
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'yaml-too-large', location: expect.objectContaining({ line: 1 }) })]);
  });
});
