// The build's precompiled packs and validator (src/rules/precompiled.ts) change how fast a run starts, never
// what it decides: the same packs, the same locations, the same schema errors as parsing and compiling anew.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAssessment, parseYaml } from '../../src/input/index.js';
import { buildRuleSet, loadPackFile, loadRuleSet, type RuleHeading } from '../../src/rules/index.js';
import { bundledPackFiles } from '../../src/cli/package-info.js';
import { bytesDigest, precompiledPack } from '../../src/rules/precompiled.js';
import { compileSchema } from '../../src/schema/index.js';
import { evaluate } from '../../src/engine/index.js';

const files = bundledPackFiles();

describe('precompiled packs and validator', () => {
  it('the build compiled every bundled pack as it is now', () => {
    const missing = files.filter((file) => !precompiledPack(file, bytesDigest(readFileSync(file))));
    expect(missing).toEqual([]);
  });

  it('a precompiled pack equals the pack parsed anew, locations included', async () => {
    for (const file of files) {
      const fast = await loadPackFile(file);
      const slow = await loadPackFile(file, { precompiled: false });
      expect(fast.diagnostics).toEqual([]);
      const { sourceMap: fastMap, precompiled, ruleEditions, ...fastPack } = fast.value!;
      const { sourceMap: slowMap, ...slowPack } = slow.value!;
      expect(precompiled).toBe(true);
      expect(slowPack.precompiled).toBeUndefined();
      // What the build lists of each rule's editions, to count the rules in force without reading them.
      expect(ruleEditions).toEqual(slowPack.rules.map((rule) => (rule.editions ? Object.keys(rule.editions) : null)));
      expect(fastPack).toEqual(slowPack);
      expect([...fastMap]).toEqual([...slowMap]);
    }
  });

  it('a pack whose bytes changed since the build is parsed anew, and its errors are located', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'precompiled-'));
    const file = join(dir, basename(files[0]!));
    copyFileSync(files[0]!, file);
    expect(precompiledPack(file, bytesDigest(readFileSync(file)))).toBeDefined();
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^pack: .*$/m, 'pack: 42'));
    expect(precompiledPack(file, bytesDigest(readFileSync(file)))).toBeUndefined();
    const { diagnostics } = await loadPackFile(file);
    expect(diagnostics[0]).toMatchObject({ location: { file } });
  });

  it('the precompiled validator reports what a freshly compiled one reports, on good and bad assessments', async () => {
    const { ruleSet } = await loadRuleSet(files, '2026-11-20');
    const packs = (await Promise.all(files.map((file) => loadPackFile(file, { precompiled: false })))).map((loaded) => loaded.value!);
    const fresh = buildRuleSet(packs, '2026-11-20').ruleSet!;
    expect(ruleSet!.validate).not.toBe(fresh.validate);
    // The build's validator, not one compiled now (ajv names those validate<N>).
    expect(ruleSet!.validate.name).toBe('validate');
    expect(fresh.validate.name).toMatch(/^validate\d+$/);
    const root = join(import.meta.dirname, '..', '..', 'fixtures');
    for (const name of ['general/compliant.yaml', 'hazardous-chemicals/compliant.yaml', 'malformed/wrong-types.yaml', 'malformed/bad-credit-code.yaml', 'malformed/bad-date.yaml']) {
      const [fast, slow] = await Promise.all([loadAssessment(join(root, name), ruleSet!), loadAssessment(join(root, name), fresh)]);
      expect(fast.diagnostics).toEqual(slow.diagnostics);
    }
    // Each section's validation is a file of its own, loaded when a document has the section: the errors are
    // still those of the schema compiled whole, in its order, with its schema paths.
    const compiled = compileSchema(ruleSet!.schema);
    const documents: unknown[] = [
      { enterprise: { name: 1, creditCode: '91140100MA0K12340X', sectors: ['nope'] } },
      { enterprise: { name: 1, creditCode: '91140100MA0K12340X', sectors: ['coal-mine', 'nope'] }, extra: 1, hazards: 'x', coalMine: { foo: 1 } },
      { enterprise: { name: 'a', sectors: ['coal-mine', 'road-transport'] }, roadTransport: [], assessment: {} },
      {}, [], 'x', null,
    ];
    for (const document of documents) {
      expect(ruleSet!.validate(document)).toBe(compiled(document));
      expect(ruleSet!.validate.errors).toEqual(compiled.errors);
      expect(ruleSet!.validate.errors?.length).toBeGreaterThan(0);
    }
    const good = parseYaml(readFileSync(join(root, 'hazardous-chemicals/compliant.yaml'), 'utf8'), 'a.yaml').value!.data;
    expect(ruleSet!.validate(good)).toBe(true);
    expect(ruleSet!.validate.errors).toBeNull();
  });
});

describe('messages of the build\'s packs, compiled when a finding needs one', () => {
  it('given every sector\'s violating fixtures, the findings say what the packs read from their YAML say', async () => {
    const { ruleSet } = await loadRuleSet(files, '2026-11-20');
    const packs = (await Promise.all(files.map((file) => loadPackFile(file, { precompiled: false })))).map((loaded) => loaded.value!);
    const fresh = buildRuleSet(packs, '2026-11-20').ruleSet!;
    const root = join(import.meta.dirname, '..', '..', 'fixtures');
    const violating = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((name) => /(^|\/)violating[^/]*\.yaml$/.test(name));
    expect(violating.length).toBeGreaterThan(20);
    let failed = 0;
    for (const name of violating) {
      const [built, parsed] = await Promise.all([loadAssessment(join(root, name), ruleSet!), loadAssessment(join(root, name), fresh)]);
      const messages = (rules: typeof fresh, loaded: typeof built) => evaluate(loaded.value!, rules, rules.ruleEnv, [], { keepPasses: false }).findings.map((finding) => [finding.ruleId, finding.status, finding.message]);
      const expected = messages(fresh, parsed);
      expect(messages(ruleSet!, built)).toEqual(expected);
      failed += expected.filter(([, status]) => status === 'fail').length;
    }
    expect(failed).toBeGreaterThan(100);
  });
});

describe('rule headings without compiling', () => {
  it.each(['2025-11-20', '2026-11-20'])('on %s, name every rule in force exactly as its compiled rule does', async (asOf) => {
    const { ruleSet } = await loadRuleSet(files, asOf);
    const sectors = ['coal-mine', 'hazardous-chemicals', 'non-coal-mine', 'road-transport', 'construction', 'fire-safety'];
    const pick = ({ id, pack, title, severity, dimension, sources, edition, remediation }: RuleHeading) => ({ id, pack, title, severity, dimension, sources, edition, remediation });
    expect(ruleSet!.headingsFor(sectors).map(pick)).toEqual(ruleSet!.rulesFor(sectors).map(pick));
  });
});
