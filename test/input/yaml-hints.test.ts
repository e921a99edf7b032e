// The likely cause of each YAML syntax error, at the line and column where it is: the fixtures in
// fixtures/malformed/ named by the mistake, and a few variants inline.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { translate } from '../../src/i18n/index.js';
import { parseYaml } from '../../src/input/index.js';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'malformed', name), 'utf8');

describe('YAML syntax errors with their likely cause', () => {
  it.each([
    ['fullwidth-colon.yaml', 'yaml-hint-fullwidth-colon', 6, 9, 'full-width colon'],
    ['tab-indent.yaml', 'yaml-hint-tab', 6, 1, 'a tab in the indentation'],
    ['missing-space-after-colon.yaml', 'yaml-hint-missing-space', 6, 10, 'write "region: value"'],
    ['fullwidth-space.yaml', 'yaml-hint-fullwidth-space', 6, 1, 'full-width space'],
    ['unclosed-quote.yaml', 'yaml-hint-unclosed-quote', 3, 9, 'the quote " opened here is never closed'],
    ['unclosed-bracket.yaml', 'yaml-hint-unclosed-bracket', 5, 12, 'the [ opened here has no matching ]'],
    ['mixed-indent.yaml', 'yaml-hint-mixed-indent', 6, 1, 'indented differently'],
    ['syntax-error.yaml', 'yaml-hint-unclosed-bracket', 2, 13, 'the { opened here has no matching }'],
  ])('given %s, names the cause (%s) at %i:%i, once', (name, key, line, column, english) => {
    const { value, diagnostics } = parseYaml(fixture(name), name);
    expect(value).toBeUndefined();
    expect(diagnostics).toMatchObject([{ code: 'yaml-syntax', message: { key }, location: { file: name, line, column } }]);
    expect(translate('en', diagnostics[0]!.message)).toContain(english);
    expect(translate('zh', diagnostics[0]!.message)).toMatch(/^YAML 语法错误：/);
  });

  it.each([
    ['a full-width colon on a top-level key', 'enterprise：\n  name: 甲\n  region: 山西\n', 'yaml-hint-fullwidth-colon', 1, 11],
    ['a tab after spaces', 'enterprise:\n  name: 甲\n  \tregion: 山西\n', 'yaml-hint-tab', 3, 3],
    ['a full-width space after the colon', 'enterprise:\n  name:\u3000甲\n  region: 山西\n', 'yaml-hint-fullwidth-space', 2, 8],
    ['an unclosed single quote after a doubled one', "a:\n  name: 'O''Brien\n  region: 山西\n", 'yaml-hint-unclosed-quote', 2, 9],
    ['an unclosed flow map', 'assessment: {date: 2026-11-20, assessor: 李\nhazards: []\n', 'yaml-hint-unclosed-bracket', 1, 13],
    ['a key indented less than its siblings', 'enterprise:\n    name: 甲\n  region: 山西\n', 'yaml-hint-mixed-indent', 3, 1],
  ])('given %s, names it at its line and column', (_name, text, key, line, column) => {
    expect(parseYaml(text, 'a.yaml').diagnostics).toMatchObject([{ message: { key }, location: { line, column } }]);
  });

  it('given a quote or colon that is text, not a mistake, reads the file', () => {
    const { value, diagnostics } = parseYaml("a:\n  note: 罐区：报警器 O'Brien's \"ok\"\n  url: http://x.cn/a:b\n  # 注释：\"\n", 'a.yaml');
    expect(diagnostics).toEqual([]);
    expect(value?.data).toEqual({ a: { note: '罐区：报警器 O\'Brien\'s "ok"', url: 'http://x.cn/a:b' } });
  });

  it('given an error no hint fits, keeps the parser’s own words at its place', () => {
    const { diagnostics } = parseYaml('a: b: c\n', 'a.yaml');
    expect(diagnostics[0]).toMatchObject({ code: 'yaml-syntax', message: { key: 'yaml-syntax' }, location: { line: 1 } });
  });
});
