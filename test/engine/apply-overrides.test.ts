import { describe, expect, it } from 'vitest';
import { applyOverrides, type RuleSetting } from '../../src/engine/index.js';
import type { CompiledRule, Severity } from '../../src/rules/index.js';

const at = (line: number) => ({ file: 'safety-audit.config.yaml', line, column: 3 });
const rule = (id: string, severity: Severity, escalate?: Severity[]) =>
  ({ id, severity, pack: { id: 'general', version: '1', sector: 'general' }, ...(escalate ? { escalate: escalate.map((s) => ({ severity: s, when: () => true, sources: [] })) } : {}) }) as unknown as CompiledRule;
const RULES = [rule('R-GEN', 'general'), rule('R-MAJ', 'major'), rule('R-STOP', 'shutdown'), rule('R-ESC', 'major', ['shutdown']), rule('R-ADV', 'advisory')];
const severity = (ruleId: string, to: Severity, line = 1): RuleSetting => ({ kind: 'severity', ruleId, severity: to, location: at(line) });
const disabled = (ruleId: string, reason = '集团另有专项检查', line = 1): RuleSetting => ({ kind: 'disabled', ruleId, reason, location: at(line) });

describe('applyOverrides', () => {
  it.each([
    ['a general rule raised to major', severity('R-GEN', 'major'), 'raised'],
    ['an advisory rule raised to shutdown', severity('R-ADV', 'shutdown'), 'raised'],
    ['a major rule lowered to general', severity('R-MAJ', 'general'), 'lowered'],
    ['a shutdown rule set to shutdown', severity('R-STOP', 'shutdown'), 'unchanged'],
    ['a rule escalated to shutdown only for some, lowered at its base', severity('R-ESC', 'general'), 'lowered'],
  ])('given %s, applies it and records it as %s', (_name, setting, direction) => {
    const { rules, adjustments, diagnostics } = applyOverrides(RULES, [setting]);
    expect(diagnostics).toEqual([]);
    expect(rules.find((r) => r.id === setting.ruleId)?.severity).toBe((setting as { severity: Severity }).severity);
    expect(adjustments).toEqual([expect.objectContaining({ kind: 'severity', ruleId: setting.ruleId, direction, location: at(1) })]);
  });

  it.each([
    ['a shutdown rule lowered to major', [severity('R-STOP', 'major', 4)], 'config-lower-shutdown', 4],
    ['a shutdown rule lowered to advisory', [severity('R-STOP', 'advisory', 5)], 'config-lower-shutdown', 5],
    ['a shutdown rule disabled', [disabled('R-STOP', '不适用', 7)], 'config-disable-shutdown', 7],
    ['a rule that can escalate to shutdown disabled', [disabled('R-ESC', '不适用', 8)], 'config-disable-shutdown', 8],
    ['an unknown rule given a severity', [severity('R-NONE', 'major', 9)], 'config-unknown-rule', 9],
    ['an unknown rule disabled', [disabled('R-NONE', '理由', 10)], 'config-unknown-rule', 10],
  ])('given %s, refuses it at its line and applies nothing', (_name, settings, code, line) => {
    const { rules, adjustments, diagnostics } = applyOverrides(RULES, [severity('R-GEN', 'major', 2), ...settings]);
    expect(diagnostics.map((d) => [d.code, d.severity, d.location?.line])).toEqual([[code, 'error', line]]);
    expect(adjustments).toEqual([]);
    expect(rules).toEqual(RULES);
  });

  it('given a disabled rule, leaves it out of the rules and keeps its reason', () => {
    const { rules, adjustments } = applyOverrides(RULES, [disabled('R-GEN', '由集团专项审计覆盖')]);
    expect(rules.map((r) => r.id)).not.toContain('R-GEN');
    expect(adjustments).toEqual([{ kind: 'disabled', ruleId: 'R-GEN', pack: 'general', severity: 'general', reason: '由集团专项审计覆盖', location: at(1) }]);
  });

  it('given a rule both disabled and given a severity, it is disabled and only that is recorded', () => {
    const { rules, adjustments } = applyOverrides(RULES, [severity('R-GEN', 'major'), disabled('R-GEN')]);
    expect(rules.map((r) => r.id)).not.toContain('R-GEN');
    expect(adjustments.map((a) => a.kind)).toEqual(['disabled']);
  });

  it('given a rule raised to shutdown, drops escalation steps that would lower it again; a lowered rule keeps its shutdown escalation', () => {
    const withMajorStep = [rule('R-X', 'general', ['major'])];
    expect(applyOverrides(withMajorStep, [severity('R-X', 'shutdown')]).rules[0]!.escalate).toBeUndefined();
    const lowered = applyOverrides(RULES, [severity('R-ESC', 'advisory')]).rules.find((r) => r.id === 'R-ESC')!;
    expect(lowered.escalate?.map((step) => step.severity)).toEqual(['shutdown']);
  });
});
