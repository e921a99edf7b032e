export { evaluate, selectRules } from './evaluate.js';
export { evaluateRule, fingerprint, type EvaluationTarget } from './evaluate-rule.js';
export { rollUpFiveInPlace, rollUpState } from './roll-up-five-in-place.js';
export { countUndecided, decideVerdict } from './decide-verdict.js';
export { applyPatch } from './apply-patch.js';
export { testRuleExamples, type ExampleOutcome } from './test-rule-examples.js';
export { STATUSES, VERDICTS, type DimensionRollUp, type DimensionState, type EnterpriseResult, type EnterpriseSummary, type Finding, type Status, type Verdict } from './types.js';
export { applyWaivers, waiverInForce, waiverMatches } from './apply-waivers.js';
export { vetWaivers, reviewWaivers } from './vet-waivers.js';
