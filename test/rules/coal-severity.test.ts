// The coal pack decides a major hazard's severity from the mine's state (rules/coal-mine.yaml, "Severity"):
// shutdown at a producing mine (条例 第六十四条; before 2024-05-01 特别规定 第十条), shutdown at a mine under
// construction from 2024-05-01 (条例 第三十六条 停止…建设), major at a mine already stopped.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyPatch, evaluateRule, type Finding } from '../../src/engine/index.js';
import { loadAssessment, type Assessment } from '../../src/input/index.js';
import { loadRuleSet, toRuleContext, type CompiledRule, type Patch, type RuleSet } from '../../src/rules/index.js';
import { bundledPackFiles } from '../../src/cli/package-info.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'coal-mine');
const STOPPED = { since: '2026-11-01', kind: '责令停产整顿' };

async function setUp(asOf: string, file = 'compliant.yaml'): Promise<{ ruleSet: RuleSet; fixture: Assessment }> {
  const { ruleSet } = await loadRuleSet(bundledPackFiles(), asOf);
  const fixture = (await loadAssessment(join(FIXTURES, file), ruleSet!)).value!;
  return { ruleSet: ruleSet!, fixture };
}

/** Each escalating rule's fail examples: shutdown in a working mine, major where the patch stops the mine. The
 * examples stop the mine from 2026-11-01; on the mz2020 fixture (2025-11-20) the same stop is dated a year earlier. */
function wrongSeverities(rules: CompiledRule[], at: { ruleSet: RuleSet; fixture: Assessment }, since = '2026-11-01'): string[] {
  const wrong: string[] = [];
  for (const r of rules) {
    const seen = new Set<string>();
    for (const example of r.spec.examples.fail) {
      const stopped = '/coalMine/suspension' in example;
      const patch = stopped ? { ...example, '/coalMine/suspension': { ...(example['/coalMine/suspension'] as object), since } } : example;
      const expected = stopped ? 'major' : 'shutdown';
      for (const finding of failures(r, at, patch)) {
        seen.add(finding.severity);
        if (finding.severity !== expected) wrong.push(`${r.id} ${JSON.stringify(patch)}: ${finding.severity}, expected ${expected}`);
      }
    }
    if (!seen.has('major') || !seen.has('shutdown')) wrong.push(`${r.id}: examples show ${[...seen].join(', ')}`);
  }
  return wrong;
}

function failures(rule: CompiledRule, { ruleSet, fixture }: { ruleSet: RuleSet; fixture: Assessment }, patch: Patch): Finding[] {
  const data = applyPatch(fixture.data, patch);
  return evaluateRule(rule, { context: toRuleContext(ruleSet.ruleEnv, data), sourceMap: fixture.sourceMap, creditCode: '' }).filter((finding) => finding.status === 'fail');
}

const citations = (finding: Finding) => finding.sources.map((source) => source.text.zh).join(' | ');

describe('coal pack: severity from the state of the mine', async () => {
  const now = await setUp('2026-11-20');
  const coal = now.ruleSet.rules.filter((rule) => rule.pack.id === 'coal-mine');
  const escalating = coal.filter((rule) => rule.escalate?.length);
  const rule = (id: string) => coal.find((candidate) => candidate.id === id)!;

  it('every major-hazard rule is major at base and escalates to shutdown', () => {
    expect(escalating.length).toBeGreaterThanOrEqual(60);
    expect(escalating.filter((r) => r.severity !== 'major').map((r) => r.id)).toEqual([]);
    expect(coal.filter((r) => r.severity === 'shutdown').map((r) => r.id)).toEqual(['COAL-204', 'COAL-206']);
  });

  it('every escalating rule fails at shutdown in a working mine and at major in a stopped one, in its own examples', () => {
    expect(wrongSeverities(escalating, now)).toEqual([]);
  });

  it('so does every rule of 令第4号 (mz2020), on its own fixture and date', async () => {
    const before = await setUp('2025-11-20', 'compliant-2025.yaml');
    const mz2020 = before.ruleSet.rules.filter((r) => r.pack.id === 'coal-mine' && r.escalate?.length);
    expect(mz2020.length).toBeGreaterThanOrEqual(90);
    expect(wrongSeverities(mz2020, before, '2025-11-01')).toEqual([]);
  });

  it('a producing mine cites 条例 第六十四条 from 2024-05-01', () => {
    const [finding] = failures(rule('COAL-041'), now, { '/coalMine/ventilation/airMeasured': 16000 });
    expect(finding).toMatchObject({ severity: 'shutdown' });
    expect(citations(finding!)).toContain('第六十四条');
    expect(citations(finding!)).not.toContain('第十条');
  });

  it('a mine under construction is ordered to stop building from 2024-05-01 (条例 第三十六条)', () => {
    const [finding] = failures(rule('COAL-041'), now, { '/coalMine/stage': '建设', '/coalMine/ventilation/airMeasured': 16000 });
    expect(finding).toMatchObject({ severity: 'shutdown' });
    expect(citations(finding!)).toContain('第三十六条（应当立即停止受影响区域生产、建设）');
  });

  it('a mine that claims a stop but produced afterwards is producing, and COAL-206 fails', () => {
    const patch = { '/coalMine/suspension': { since: '2026-09-15', kind: '责令停产整顿' }, '/coalMine/ventilation/airMeasured': 16000 };
    expect(failures(rule('COAL-041'), now, patch)).toMatchObject([{ severity: 'shutdown' }]);
    expect(failures(rule('COAL-206'), now, patch)).toMatchObject([{ severity: 'shutdown' }]);
  });

  it('a stop that begins after the audit date does not count', () => {
    const patch = { '/coalMine/suspension': { ...STOPPED, since: '2026-11-21' }, '/coalMine/ventilation/airMeasured': 16000 };
    expect(failures(rule('COAL-041'), now, patch)).toMatchObject([{ severity: 'shutdown' }]);
  });

  it('producing after whole-mine contracting without the licence cites the stop order for unlicensed production', async () => {
    const lastDay = await setUp('2026-06-30');
    // 令第4号 16(3); its 令第21号 item is judged with that edition's rules.
    const contracting = lastDay.ruleSet.rules.find((candidate) => candidate.id === 'COAL-143')!;
    const contract = { mode: '整体承包', contractor: '甲公司', startedOn: '2025-11-01', contractorLegalPerson: true, contractorLicenceExpiresOn: '2027-12-31', agreementSignedOn: '2025-10-20', resubcontracted: false };
    const [missing] = failures(contracting, lastDay, { '/coalMine/contracting': contract });
    expect(citations(missing!)).toContain('第六十一条');
    const [late] = failures(contracting, lastDay, { '/coalMine/contracting': { ...contract, licenceChangedOn: '2026-02-10' } });
    expect(late).toMatchObject({ severity: 'shutdown' });
    expect(citations(late!)).not.toContain('第六十一条');
  });

  describe('before 2024-05-01 (特别规定)', async () => {
    const before = await setUp('2023-11-20');
    const old = (id: string) => before.ruleSet.rules.find((candidate) => candidate.id === id)!;

    it('a producing mine is ordered to stop under 特别规定 第十条', () => {
      const [finding] = failures(old('COAL-041'), before, { '/coalMine/ventilation/airMeasured': 16000 });
      expect(finding).toMatchObject({ severity: 'shutdown' });
      expect(citations(finding!)).toContain('第十条');
      expect(citations(finding!)).not.toContain('第六十四条');
    });

    it('a mine under construction stays major: the 特别规定 ordered only production stopped', () => {
      expect(failures(old('COAL-041'), before, { '/coalMine/stage': '建设', '/coalMine/ventilation/airMeasured': 16000 })).toMatchObject([{ severity: 'major' }]);
    });

    it('coal won by a mine under construction is production, ordered stopped under 第十条', () => {
      const patch = { '/coalMine/stage': '建设', '/coalMine/construction': { phase: '三期' } };
      const found = failures(old('COAL-132'), before, patch);
      expect(found.length).toBeGreaterThan(0);
      expect(found.every((finding) => finding.severity === 'shutdown')).toBe(true);
    });
  });
});
