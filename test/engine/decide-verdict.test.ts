import { describe, expect, it } from 'vitest';
import { countUndecided, decideVerdict, rollUpFiveInPlace, rollUpState, type Finding } from '../../src/engine/index.js';

const finding = (severity: Finding['severity'], status: Finding['status'], dimension: Finding['dimension'] = 'management') =>
  ({ severity, status, dimension }) as Finding;

describe('decideVerdict', () => {
  it.each([
    ['a shutdown-level fail among others', [finding('general', 'fail'), finding('shutdown', 'fail'), finding('major', 'fail')], 'shutdown'],
    ['a major fail', [finding('general', 'fail'), finding('major', 'fail')], 'major'],
    ['only general fails', [finding('general', 'fail'), finding('major', 'pass')], 'rectify'],
    ['an advisory fail only', [finding('advisory', 'fail')], 'compliant'],
    ['a shutdown rule that is indeterminate', [finding('shutdown', 'indeterminate')], 'incomplete'],
    ['a major rule that is indeterminate beside general fails', [finding('general', 'fail'), finding('major', 'indeterminate')], 'incomplete'],
    ['a major fail beside an undecided shutdown rule', [finding('shutdown', 'indeterminate'), finding('major', 'fail')], 'major'],
    ['a general fail beside an undecided general rule', [finding('general', 'fail'), finding('general', 'indeterminate')], 'rectify'],
    ['only an undecided general rule', [finding('general', 'indeterminate'), finding('major', 'pass')], 'incomplete'],
    ['only an undecided advisory', [finding('advisory', 'indeterminate')], 'compliant'],
    ['a waived major finding', [finding('major', 'waived')], 'compliant'],
    ['nothing', [], 'compliant'],
  ] as const)('given %s, decides %s', (_name, findings, verdict) => {
    expect(decideVerdict(findings)).toBe(verdict);
  });
});

describe('rollUpFiveInPlace', () => {
  it('given fails, indeterminates and advisories, marks only the dimensions with real gaps', () => {
    const rollUp = rollUpFiveInPlace([
      finding('general', 'fail', 'responsibility'),
      finding('major', 'indeterminate', 'training'),
      finding('advisory', 'fail', 'emergency'),
      finding('general', 'pass', 'investment'),
      finding('general', 'not-applicable', 'investment'),
    ]);
    expect(rollUp.map((d) => [d.dimension, d.inPlace, d.state])).toEqual([
      ['responsibility', false, 'gap'], ['management', true, 'in-place'], ['investment', true, 'in-place'], ['training', false, 'undecided'], ['emergency', true, 'in-place'],
    ]);
    expect(rollUp[2]?.counts).toEqual({ pass: 1, fail: 0, 'not-applicable': 1, indeterminate: 0, waived: 0 });
    expect(rollUp[0]?.fails).toEqual({ shutdown: 0, major: 0, general: 1, advisory: 0 });
  });
});

describe('rollUpState and countUndecided', () => {
  it('given a gap anywhere, the enterprise has a gap; else an undecided dimension leaves it undecided', () => {
    const gap = rollUpFiveInPlace([finding('general', 'fail', 'training'), finding('major', 'indeterminate', 'emergency')]);
    const undecided = rollUpFiveInPlace([finding('major', 'indeterminate', 'emergency')]);
    expect([rollUpState(gap), rollUpState(undecided), rollUpState(rollUpFiveInPlace([]))]).toEqual(['gap', 'undecided', 'in-place']);
  });

  it('counts undecided rules above advisory only', () => {
    expect(countUndecided([finding('advisory', 'indeterminate'), finding('general', 'indeterminate'), finding('shutdown', 'indeterminate'), finding('major', 'fail')])).toBe(2);
  });
});
