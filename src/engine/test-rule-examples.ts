import type { MessageRef } from '../i18n/index.js';
import { validateAgainstSchema, type Assessment } from '../input/index.js';
import { toRuleContext, type CompiledRule, type RuleEnvironment } from '../rules/index.js';
import type { ValidateFunction } from '../schema/index.js';
import { applyPatch } from './apply-patch.js';
import { evaluateRule } from './evaluate-rule.js';
import type { Finding, Status } from './types.js';

export interface ExampleOutcome {
  ruleId: string;
  kind: 'fixture' | 'pass' | 'fail';
  /** 1-based example number; 0 for the compliant fixture itself. */
  index: number;
  ok: boolean;
  statuses: Status[];
  problem?: MessageRef;
}

/**
 * Check a rule against its pack's compliant fixture and its own examples (DESIGN.md §5): the fixture
 * raises nothing; each `pass` patch yields no fail or indeterminate; each `fail` patch yields a fail.
 */
export function testRuleExamples(rule: CompiledRule, fixture: Assessment, ruleEnv: RuleEnvironment, validate: ValidateFunction): ExampleOutcome[] {
  const run = (data: Record<string, unknown>): Finding[] =>
    evaluateRule(rule, { context: toRuleContext(ruleEnv, data), sourceMap: fixture.sourceMap, creditCode: '' });
  const judge = (kind: ExampleOutcome['kind'], index: number, data: Record<string, unknown>): ExampleOutcome => {
    const invalid = index > 0 ? validateAgainstSchema(validate, data, new Map())[0] : undefined;
    if (invalid) {
      const path = invalid.pointer ?? '';
      return { ruleId: rule.id, kind, index, ok: false, statuses: [], problem: { key: 'example-invalid', params: { path, detail: invalid.message.key } } };
    }
    const statuses = run(data).map((finding) => finding.status);
    const failed = statuses.includes('fail');
    const unsure = statuses.includes('indeterminate');
    const ok = kind === 'fail' ? failed : !failed && !unsure;
    return { ruleId: rule.id, kind, index, ok, statuses, ...(ok ? {} : { problem: { key: kind === 'fail' ? 'example-never-fires' : 'example-fires' } }) };
  };
  return [
    judge('fixture', 0, fixture.data),
    ...rule.spec.examples.pass.map((patch, i) => judge('pass', i + 1, applyPatch(fixture.data, patch))),
    ...rule.spec.examples.fail.map((patch, i) => judge('fail', i + 1, applyPatch(fixture.data, patch))),
  ];
}
