// The house rules of DESIGN.md §3 and STYLE.md points 1, 2 and 7, checked on every import in src/.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', 'src');
const PIPELINE = ['schema', 'input', 'rules', 'engine', 'report', 'cli'];

const files = (readdirSync(SRC, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).map((f) => join(SRC, f));
const folderOf = (file: string) => relative(SRC, file).split('/')[0]!;
const importsOf = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/^(import|export)\s+(type\s+)?[^;]*?from\s+'([^']+)'/gms)].map((m) => ({ typeOnly: Boolean(m[2]), target: m[3]! }));

describe('architecture', () => {
  it('imports run one way: schema → input → rules → engine → report → cli, with i18n a leaf', () => {
    const violations = files.flatMap((file) => {
      const from = folderOf(file);
      return importsOf(file)
        .filter(({ target }) => target.startsWith('../'))
        .map(({ target }) => target.split('/')[1]!)
        .filter((to) => (from === 'i18n' ? true : to !== 'i18n' && PIPELINE.indexOf(to) >= PIPELINE.indexOf(from)))
        .map((to) => `${relative(SRC, file)} imports ${to}`);
    });
    expect(violations).toEqual([]);
  });

  it("other folders are reached through their index.ts only", () => {
    const deep = files.flatMap((file) =>
      importsOf(file)
        .filter(({ target }) => target.startsWith('../') && !/^\.\.\/[a-z0-9-]+\/index\.js$/.test(target))
        .map(({ target }) => `${relative(SRC, file)} → ${target}`),
    );
    expect(deep).toEqual([]);
  });

  it('report imports engine types only', () => {
    const valueImports = files
      .filter((file) => folderOf(file) === 'report')
      .flatMap((file) => importsOf(file).filter(({ target, typeOnly }) => target.startsWith('../engine/') && !typeOnly).map(() => relative(SRC, file)));
    expect(valueImports).toEqual([]);
  });

  it('only cli/ touches process, the console and the clock', () => {
    const touching = files
      .filter((file) => folderOf(file) !== 'cli')
      .filter((file) => /\bprocess\.|\bconsole\.|\bDate\.now\(|new Date\(\)/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(SRC, file));
    expect(touching).toEqual([]);
  });

  it('no default exports and no export *', () => {
    const bad = files.filter((file) => /export default|export \*/.test(readFileSync(file, 'utf8'))).map((file) => relative(SRC, file));
    expect(bad).toEqual([]);
  });
});
