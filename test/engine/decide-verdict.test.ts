import { describe, expect, it } from 'vitest';
import { decideVerdict, rollUpFiveInPlace, type Finding } from '../../src/engine/index.js';

const finding = (severity: Finding['severity'], status: Finding['status'], dimension: Finding['dimension'] = 'management') =>
  ({ severity, status, dimension }) as Finding;

describe('decideVerdict', () => {
  it.each([
    ['a shutdown-level fail among others', [finding('general', 'fail'), finding('shutdown', 'fail'), finding('major', 'fail')], 'shutdown'],
    ['a major fail', [finding('general', 'fail'), finding('major', 'fail')], 'major'],
    ['only general fails', [finding('general', 'fail'), finding('major', 'pass')], 'rectify'],
    ['an advisory fail only', [finding('advisory', 'fail')], 'compliant'],
    ['a shutdown rule that is indeterminate', [finding('shutdown', 'indeterminate')], 'compliant'],
    ['a waived major finding', [finding('major', 'waived')], 'compliant'],
    ['nothing', [], 'compliant'],
  ])('given %s, decides %s', (_name, findings, verdict) => {
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
    expect(rollUp.map((d) => [d.dimension, d.inPlace])).toEqual([
      ['responsibility', false], ['management', true], ['investment', true], ['training', false], ['emergency', true],
    ]);
    expect(rollUp[2]?.counts).toEqual({ pass: 1, fail: 0, 'not-applicable': 1, indeterminate: 0, waived: 0 });
    expect(rollUp[0]?.fails).toEqual({ shutdown: 0, major: 0, general: 1, advisory: 0 });
  });
});
