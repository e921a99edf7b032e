import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluate, type EnterpriseResult, type Finding } from '../../src/engine/index.js';
import { loadAssessment } from '../../src/input/index.js';
import { loadRuleSet, type RuleSet } from '../../src/rules/index.js';
import { bundledPackFiles } from '../../src/cli/package-info.js';
import { PLAIN_JSON, ResultText } from '../../src/cli/result-text.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');
let rules: RuleSet;
const results: EnterpriseResult[] = [];

beforeAll(async () => {
  rules = (await loadRuleSet(bundledPackFiles(), '2026-11-20')).ruleSet!;
  for (const sector of ['general', 'hazardous-chemicals', 'road-transport', 'coal-mine']) {
    for (const name of readdirSync(join(FIXTURES, sector)).filter((file) => file.endsWith('.yaml'))) {
      const loaded = await loadAssessment(join(FIXTURES, sector, name), rules);
      if (loaded.value) results.push(evaluate(loaded.value, rules, rules.ruleEnv));
    }
  }
});

/** What a result was before: JSON written and read back, as the spool kept it. */
const viaJson = (result: EnterpriseResult) => PLAIN_JSON.read(PLAIN_JSON.write(result));

describe('a result as text without what its rules say', () => {
  it('given every fixture of four sectors, reads back what plain JSON reads back, in under half the text', () => {
    const codec = new ResultText(rules);
    const findings = results.flatMap((result) => result.findings);
    expect(results.length).toBeGreaterThan(15);
    expect(findings.filter((finding) => finding.status === 'fail').length).toBeGreaterThan(30);
    for (const result of results) expect(codec.read(codec.write(result))).toEqual(viaJson(result));
    const compact = results.reduce((sum, result) => sum + codec.write(result).length, 0);
    const plain = results.reduce((sum, result) => sum + JSON.stringify(result).length, 0);
    expect(compact / plain).toBeLessThan(0.5);
  });

  it('keeps what differs from the rule: escalated citations and severity, its own message, an edition absent, a rule it does not know', () => {
    const codec = new ResultText(rules);
    const result = results.find((each) => each.findings.some((finding) => finding.status === 'fail'))!;
    const [first, ...rest] = result.findings as [Finding, ...Finding[]];
    const changed: Finding[] = [
      { ...first, severity: 'shutdown', sources: [...first.sources, { source: 'extra', text: { zh: '另一依据', en: 'another basis' } }] as Finding['sources'] },
      { ...first, message: first.title, edition: undefined },
      { ...first, ruleId: 'GROUP-001', title: { zh: '集团规则', en: 'A group rule' } },
      ...rest,
    ];
    const edited = { ...result, findings: changed };
    const back = codec.read(codec.write(edited));
    expect(back).toEqual(viaJson(edited));
    expect(back.findings[0]!.sources).toHaveLength(first.sources.length + 1);
    expect(back.findings[2]!.title.zh).toBe('集团规则');
  });

  it('writes a tally as five counts in status order, and reads it back by name', () => {
    const codec = new ResultText(rules);
    const result = results[0]!;
    const [id, counts] = Object.entries(result.tally)[0]!;
    const written = JSON.parse(codec.write(result)) as { tally: Record<string, number[]> };
    expect(written.tally[id]).toEqual([counts.pass, counts.fail, counts['not-applicable'], counts.indeterminate, counts.waived]);
    expect(codec.read(codec.write(result)).tally[id]).toEqual(counts);
  });
});
