// A precompiled section's validator, loaded with V8's code cache the build made beside it (`loadSection`).
// Each case loads its own copy: V8 keeps a script it compiled once for the same file, and would not look at
// the cache again. The copies are made under node_modules/.cache, from where the section's `require` of ajv's
// runtime helpers resolves.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/input/index.js';
import { formats, loadSection } from '../../src/schema/index.js';
import { heapGovernor } from '../../src/cli/heap-governor.js';

const ROOT = join(import.meta.dirname, '..', '..');
const BUILT = join(ROOT, 'dist', 'precompiled', 'section-enterprise.cjs');
const { enterprise } = parseYaml(readFileSync(join(ROOT, 'fixtures', 'general', 'compliant.yaml'), 'utf8'), 'a.yaml').value!.data as { enterprise: Record<string, unknown> };
const bad = { ...enterprise, creditCode: 'x' };
const COPIES = join(ROOT, 'node_modules', '.cache', 'safety-audit-test');
mkdirSync(COPIES, { recursive: true });
const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of the built section in a folder of its own, with `cache` beside it (none for undefined). */
function copyOfSection(cache: Buffer | string | undefined): string {
  const dir = mkdtempSync(join(COPIES, 'section-'));
  copies.push(dir);
  const file = join(dir, 'section-enterprise.cjs');
  copyFileSync(BUILT, file);
  if (cache !== undefined) writeFileSync(`${file}.cache`, cache);
  return file;
}

describe('a precompiled section', () => {
  it("given the build's code cache, starts from it", () => {
    // As in a check: V8 takes a cache only under the flags it was made with, the heap governor's among them.
    heapGovernor();
    const { factory, script } = loadSection(copyOfSection(readFileSync(`${BUILT}.cache`)));
    expect(script.cachedDataRejected, 'the cache the build made (npm run build, by this Node)').toBe(false);
    const validate = factory(formats);
    expect(validate(enterprise)).toBe(true);
    expect(validate(bad)).toBe(false);
  });

  it('given a cache that does not fit, or none, compiles as usual and validates the same', () => {
    const rejected = loadSection(copyOfSection('not a code cache'));
    const plain = loadSection(copyOfSection(undefined));
    expect(rejected.script.cachedDataRejected).toBe(true);
    expect(plain.script.cachedDataRejected).toBeUndefined();
    const [fromRejected, fromPlain] = [rejected.factory(formats), plain.factory(formats)];
    expect(fromRejected(enterprise)).toBe(true);
    expect([fromRejected(bad), fromPlain(bad)]).toEqual([false, false]);
    expect(fromRejected.errors).toEqual(fromPlain.errors);
    expect(fromRejected.errors?.length).toBeGreaterThan(0);
  });
});
