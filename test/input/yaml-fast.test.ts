// The plain reader (js-yaml's events) against the full one (`yaml`): where the plain reader answers, it answers
// as `yaml` does — the same data, the same line and column for every key and item; where `yaml` would speak of a
// problem, the plain reader gives up and lets it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPlainYaml } from '../../src/input/yaml-fast.js';
import { MAX_DEPTH, MAX_TOKENS, parseYaml, readYamlFully } from '../../src/input/yaml.js';

const plain = (text: string) => readPlainYaml(text, 'a.yaml', MAX_DEPTH, MAX_TOKENS);

/** The plain reader's answer, held to `yaml`'s. */
function expectSame(text: string) {
  const fast = plain(text);
  const full = readYamlFully(text, 'a.yaml');
  expect(full.diagnostics).toEqual([]);
  expect(fast, 'the plain reader read it').toBeDefined();
  expect(fast!.data).toStrictEqual(full.value!.data);
  expect(Object.fromEntries(fast!.sourceMap)).toStrictEqual(Object.fromEntries(full.value!.sourceMap));
  return fast!;
}

describe('readPlainYaml', () => {
  it.each([
    ['nested mappings and lists', 'enterprise:\n  name: 甲公司\nhazards:\n  - id: H-1\n    deadline: 2021-03-05\n  - {id: H-2, deadline: 2021-04-01}\n'],
    ['a document start marker and comments', '# 自评\n---\nenterprise: # 企业\n  name: 甲 # 名称\n'],
    ['quoted keys and values', '"a b": \'c\'\n\'d\'\'e\': "f\\tg\\u4e2d\\x41"\n"h:i": 1\n'],
    ['flow collections over lines', 'a: [1, two, "three",\n  {four: 4}]\nb: {c: [], d: {}}\n'],
    ['a list at the key\'s own indentation', 'a:\n- x\n- y: 1\n  z: 2\nb: 3\n'],
    ['lists of lists', 'a:\n  - - 1\n    - 2\n  - [3, 4]\n'],
    ['multi-line plain and quoted scalars', 'a: one\n  two\n\n  three\nb: "four\n  five"\nc: \'six\n\n  seven\'\n'],
    ['block scalars', 'a: |\n  line 1\n   line 2\n\nb: >-\n  folded\n  text\n\n  more\nc: |+\n  keep\n\nd: |2\n    indented\n'],
    ['core-schema scalars', 'a: [~, null, Null, NULL, true, True, FALSE, 12, -3, +4, 012, 0o17, 0x1F, 1.5, -.5, +1., 1e3, 2.5E-2]\n'],
    ['scalars the core schema keeps as strings', 'a: [yes, no, on, off, 1_000, 0b101, 2026-01-01, "12:30", 12:30, 1.2.3, .., 0o8, 0xG, nan, inf, 1e, TRUE1]\n'],
    ['empty values', 'a:\nb: ~\nc: ""\nd:\n  e:\nf: {}\n'],
    ['numeric and boolean keys', '1: a\n2.50: b\ntrue: c\n0x10: d\n'],
    ['keys with / and ~ and __proto__', 'a/b:\n  c~d: 1\n__proto__: {polluted: true}\n'],
    ['includes, in block and flow form', 'hazards:\n  $csv: hazards.csv\ntrips: { $csv: "trips.csv" }\nledger: {$csv: \'l.csv\'}\n'],
    ['CRLF line ends', 'a: 1\r\nb:\r\n  - c\r\n  - "d"\r\n'],
    ['Chinese text with colons and hashes', 'name: 某某化工：一车间#2\nnote: 标准 GB 30871-2022 第5.2条 # 注\nurl: http://example.com/a#b\n'],
    ['a flow mapping at the top', '{a: 1, b: [2]}\n'],
    ['an explicit key', '? a\n: 1\nb: 2\n'],
    ['no trailing newline', 'a: 1\nb: [x]'],
  ])('reads %s as yaml does', (_name, text) => {
    expectSame(text);
  });

  it('locates keys, items and an include at the file name it gives', () => {
    const { sourceMap } = expectSame('hazards:\n  $csv: "hazards.csv"\nlist:\n  - a\n  - {b: 1}\n');
    expect(sourceMap.get('/hazards/$csv')).toEqual({ file: 'a.yaml', line: 2, column: 9 });
    expect(sourceMap.get('/list/1/b')).toEqual({ file: 'a.yaml', line: 5, column: 6 });
  });

  it.each([
    ['a duplicate key', 'a: 1\nb: 2\na: 3\n'],
    ['a key starting with a full-width space', 'enterprise:\n\u3000\u3000region: 山西\n'],
    ['an anchor and alias', 'a: &x 1\nb: *x\n'],
    ['an alias with no anchor', 'a: *x\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a custom tag', 'a: !thing 1\n'],
    ['a directive', '%YAML 1.2\n---\na: 1\n'],
    ['two documents', 'a: 1\n---\nb: 2\n'],
    ['an empty document', ''],
    ['only a comment', '# nothing\n'],
    ['a list at the top', '- a\n'],
    ['a scalar at the top', 'hello\n'],
    ['a number JSON cannot hold', 'a: 123456789012345678901234567890\n'],
    ['infinity', 'a: .inf\n'],
    ['not a number', 'a: .nan\n'],
    ['a null key', '~: 1\n'],
    ['a key over 1024 characters', `${'键'.repeat(1100)}: 1\n`],
    ['a mapping as a key', '? {a: 1}\n: 2\n'],
    ['an empty list item', 'a:\n  -\n  - b\n'],
    ['a block scalar in a list', 'a:\n  - |\n    text\n'],
    ['a byte order mark', '\ufeffa: 1\n'],
    ['a lone carriage return', 'a: 1\rb: 2\n'],
    ['a tab as indentation', 'a:\n\tb: 1\n'],
    ['an unclosed quote', 'a: "open\nb: 1\n'],
    ['an unclosed flow mapping', 'a: {b: 1\nc: 2\n'],
    ['a missing space after the colon', 'a:1\nb:\n  c:2\n  d: 3\n'],
    ['bad indentation', 'a:\n  b: 1\n c: 2\n'],
    ['nesting too deep', `a: ${'['.repeat(MAX_DEPTH + 1)}${']'.repeat(MAX_DEPTH + 1)}\n`],
  ])('gives %s to yaml', (_name, text) => {
    expect(plain(text)).toBeUndefined();
  });

  it('gives a text longer than the token limit to yaml, which counts its tokens', () => {
    expect(plain(`a: "${'x'.repeat(MAX_TOKENS)}"\n`)).toBeUndefined();
  });

  it('reads every well-formed YAML fixture, and two packs, as yaml does', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.ya?ml$/.test(entry.name)) files.push(path);
      }
    };
    walk('fixtures');
    // Two packs stand for the seven, written alike (block scalars, flow lists, quoted text): reading all of
    // them with yaml takes seconds.
    files.push('rules/general.yaml', 'rules/road-transport.yaml');
    expect(files.length).toBeGreaterThan(50);
    let read = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const fast = readPlainYaml(text, file, MAX_DEPTH, MAX_TOKENS);
      const full = readYamlFully(text, file);
      if (!fast) continue;
      read++;
      expect(full.diagnostics, file).toEqual([]);
      expect(fast.data, file).toStrictEqual(full.value!.data);
      expect(Object.fromEntries(fast.sourceMap), file).toStrictEqual(Object.fromEntries(full.value!.sourceMap));
    }
    expect(read).toBeGreaterThan(files.length * 0.7);
  });

  it('given 2,000 generated documents, never answers where yaml refuses, and answers as yaml does where it reads', () => {
    // Seeded: scalars of every style and resolution, keys that need quoting, block and flow nesting, comments,
    // and now and then a slip (a tab, a missing space, a stray quote or bracket, a duplicate key).
    let seed = 20261204;
    const next = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    const pick = <T,>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
    const scalars = ['甲公司', 'a b', '12', '-7', '0o17', '0x1f', '1.50', '1e3', '.5', 'true', 'False', '~', 'null', '', 'yes', '2026-01-01', '"q: #1"', "'it''s'", '"\\u4e2d\\n"', 'http://x/y#z', '50%', 'a:b', 'x # note', '"multi\n  line"', '某某：一车间', '[1, 2]', '{k: v}', '[a, {b: [c]}]'];
    const slips = ['"', '\t', "'", 'a: b: c', '[open', '- x', '*alias', '&anchor v', '!!str s', '.inf'];
    const scalar = () => (next() < 0.03 ? pick(slips) : pick(scalars));
    const keys = ['name', '名称', '"quoted key"', 'a/b', 'c~d', '$csv', '1', 'true', 'id', 'name'];
    const block = (depth: number, indent: string): string[] => {
      const lines: string[] = [];
      const count = 1 + Math.floor(next() * 4);
      for (let i = 0; i < count; i++) {
        const key = pick(keys);
        const roll = next();
        if (depth < 3 && roll < 0.25) lines.push(`${indent}${key}:`, ...block(depth + 1, `${indent}  `));
        else if (depth < 3 && roll < 0.45) {
          lines.push(`${indent}${key}:`);
          for (let j = 0; j < 1 + Math.floor(next() * 3); j++) {
            if (next() < 0.5) lines.push(`${indent}  - ${scalar()}`);
            else {
              const [first, ...rest] = block(depth + 1, `${indent}    `);
              lines.push(`${indent}  - ${first!.trimStart()}`, ...rest);
            }
          }
        } else if (roll < 0.55) lines.push(`${indent}${key}: |`, `${indent}  ${scalar()}`, `${indent}  ${scalar()}`);
        else lines.push(`${indent}${key}: ${scalar()}${next() < 0.1 ? ' # 注' : ''}`);
      }
      return lines;
    };
    let read = 0;
    let refused = 0;
    for (let n = 0; n < 2000; n++) {
      const text = `${block(0, '').join(next() < 0.1 ? '\r\n' : '\n')}\n`;
      const fast = plain(text);
      const full = readYamlFully(text, 'a.yaml');
      if (!full.value) {
        refused++;
        expect(fast, text).toBeUndefined();
        continue;
      }
      if (!fast) continue;
      read++;
      expect(fast.data, text).toStrictEqual(full.value.data);
      expect(Object.fromEntries(fast.sourceMap), text).toStrictEqual(Object.fromEntries(full.value.sourceMap));
    }
    expect(read).toBeGreaterThan(1000);
    expect(refused).toBeGreaterThan(100);
  });

  it('answers parseYaml for a plain document, and yaml answers for the rest with its diagnostics', () => {
    expect(parseYaml('a: 1\n', 'a.yaml')).toEqual({ value: plain('a: 1\n'), diagnostics: [] });
    expect(parseYaml('a: 1\na: 2\n', 'a.yaml').diagnostics).toMatchObject([{ code: 'yaml-duplicate-key', location: { line: 2, column: 1 } }]);
  });
});
