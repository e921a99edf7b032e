// Property-based tests of the whole loading path (bytes → decode → YAML → schema → evaluate): whatever a
// subsidiary sends, the check never throws, every problem is located, a file that fails validation is never
// evaluated, and files checked together give the results they give alone. Seeded and bounded: a failure
// prints its seed and shrunk counterexample, and `npm test` stays fast.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledPackFiles } from '../../src/cli/package-info.js';
import { evaluate, VERDICTS } from '../../src/engine/index.js';
import { parseAssessmentText, validateAssessment, type Diagnostic } from '../../src/input/index.js';
import { loadRuleSet, type RuleSet } from '../../src/rules/index.js';
import { runMain } from '../e2e/run-cli.js';

const ROOT = join(import.meta.dirname, '..', '..');
const SEED = 20261120;
const FIXTURES = ['fixtures/general/compliant.yaml', 'fixtures/general/violating-licence.yaml', 'fixtures/hazardous-chemicals/compliant.yaml'];
const sources = FIXTURES.map((file) => readFileSync(join(ROOT, file)));

let ruleSet: RuleSet;
beforeAll(async () => {
  const loaded = await loadRuleSet(bundledPackFiles(), '2026-11-20');
  ruleSet = loaded.ruleSet!;
});

/** Load one file's bytes in-process the way `check` does (no CSV includes), and evaluate it when it is valid. */
function check(bytes: Uint8Array) {
  const parsed = parseAssessmentText(bytes, 'f.yaml');
  if (!parsed.value) return { diagnostics: parsed.diagnostics };
  const validated = validateAssessment(parsed.value, 'f.yaml', ruleSet.validate);
  if (!validated.value) return { diagnostics: validated.diagnostics };
  return { result: evaluate(validated.value, ruleSet.rules, ruleSet.ruleEnv), diagnostics: validated.diagnostics };
}

const located = (diagnostics: Diagnostic[]) =>
  diagnostics.every((d) => d.location !== undefined && d.location.file === 'f.yaml' && d.location.line >= 1 && d.location.column >= 1);

/** An outcome is a report (a verdict, no diagnostics) or located diagnostics (no verdict): never both, never neither. */
function assertOutcome(outcome: ReturnType<typeof check>): void {
  if (outcome.result) {
    expect(outcome.diagnostics).toEqual([]);
    expect(VERDICTS).toContain(outcome.result.verdict);
  } else {
    expect(outcome.diagnostics.length).toBeGreaterThan(0);
    expect(located(outcome.diagnostics)).toBe(true);
  }
}

// Mutations a file really suffers: bytes flipped, lines deleted or duplicated, a value swapped for another type.
const SWAPS = ['true', '"文本"', '[]', '{}', '12', '-1', '1e400', '2026-13-45', '*nope', '&a x', '', '~'];
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('flip'), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('delete'), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate'), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap'), at: fc.nat(), value: fc.constantFrom(...SWAPS) }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(bytes: Buffer, changes: Mutation[]): Buffer {
  let data = Buffer.from(bytes);
  for (const change of changes) {
    if (change.kind === 'flip') {
      data[change.at % data.length] = change.byte;
      continue;
    }
    const lines = data.toString('latin1').split('\n');
    const at = change.at % lines.length;
    if (change.kind === 'delete') lines.splice(at, 1);
    else if (change.kind === 'duplicate') lines.splice(at, 0, lines[at]!);
    else lines[at] = lines[at]!.replace(/:\s.*$/, `: ${'value' in change ? change.value : ''}`);
    data = Buffer.from(lines.join('\n'), 'latin1');
  }
  return data;
}

describe('loading never throws and every problem is located', () => {
  it('given arbitrary bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 2048 }), (bytes) => assertOutcome(check(bytes))), { seed: SEED, numRuns: 300 });
  });

  it('given arbitrary YAML-shaped text', () => {
    const token = fc.constantFrom('enterprise:', '  ', '- ', ': ', '{', '}', '[', ']', ',', '&a ', '*a', '!!str ', '? ', '|', '>', '#', '"', "'", '\n', 'name', '甲', '1e400', '.inf', '---');
    const text = fc.array(token, { maxLength: 200 }).map((tokens) => Buffer.from(tokens.join('')));
    fc.assert(fc.property(text, (bytes) => assertOutcome(check(bytes))), { seed: SEED, numRuns: 300 });
  });

  it('given mutated valid fixtures', () => {
    const mutated = fc.tuple(fc.nat({ max: sources.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 4 }));
    fc.assert(fc.property(mutated, ([which, changes]) => assertOutcome(check(mutate(sources[which]!, changes)))), { seed: SEED, numRuns: 150 });
  });
});

describe('files checked together give what they give alone', () => {
  it('given several mutated fixtures, evaluating them in one run or one at a time gives the same results', () => {
    const files = fc.array(fc.tuple(fc.nat({ max: sources.length - 1 }), fc.array(mutation, { maxLength: 2 })), { minLength: 2, maxLength: 4 });
    fc.assert(
      fc.property(files, (picked) => {
        const inputs = picked.map(([which, changes]) => mutate(sources[which]!, changes));
        // In one run, in order; alone, each after a different file (the reverse order), so any state carried
        // from one enterprise to the next would show.
        const together = inputs.map(check);
        const alone = [...inputs].reverse().map(check).reverse();
        expect(JSON.stringify(together)).toBe(JSON.stringify(alone));
      }),
      { seed: SEED, numRuns: 20 },
    );
  });
});

describe('the CLI over mutated files', () => {
  const folder = mkdtempSync(join(tmpdir(), 'safety-audit-property-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('given a folder of mutated fixtures, exits 0–3, reports every file, and the shutdown fixture still exits 3', async () => {
    const picked = fc.sample(fc.tuple(fc.nat({ max: sources.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 3 })), { seed: SEED, numRuns: 12 });
    const files = picked.map(([which, changes], index) => {
      const file = join(folder, `m${String(index).padStart(2, '0')}.yaml`);
      writeFileSync(file, mutate(sources[which]!, changes));
      return file;
    });
    writeFileSync(join(folder, 'shutdown.yaml'), sources[1]!);
    const run = await runMain(['check', ...files, join(folder, 'shutdown.yaml'), '--as-of', '2026-11-20', '-f', 'json']);
    expect(run.code).toBe(3);
    const output = JSON.parse(run.stdout) as { enterprises: { file: string }[]; errors: { file: string }[] };
    const reported = new Set([...output.enterprises.map((e) => e.file), ...output.errors.map((e) => e.file)]);
    expect(reported.size).toBe(picked.length + 1);
  });
});
