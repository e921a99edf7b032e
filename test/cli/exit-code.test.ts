import { describe, expect, it } from 'vitest';
import { decideExitCode } from '../../src/cli/exit-code.js';
import { overviewOf } from '../../src/report/index.js';
import type { EnterpriseResult, Finding } from '../../src/engine/index.js';

const result = (...findings: [Finding['severity'], Finding['status']][]) =>
  ({ verdict: 'compliant', enterprise: { sectors: [] }, tally: {}, findings: findings.map(([severity, status]) => ({ severity, status, pack: { id: 'general' } })) }) as unknown as EnterpriseResult;

describe('decideExitCode', () => {
  it.each([
    ['nothing wrong', [result(['major', 'pass'])], 0, 'major', 0],
    ['a general fail under the default major threshold', [result(['general', 'fail'])], 0, 'major', 0],
    ['a general fail with --fail-on general', [result(['general', 'fail'])], 0, 'general', 1],
    ['a major fail', [result(['major', 'fail'])], 0, 'major', 1],
    ['a major rule that could not be decided', [result(['major', 'indeterminate'])], 0, 'major', 1],
    ['an advisory fail with --fail-on general', [result(['advisory', 'fail'])], 0, 'general', 0],
    ['a major fail with --fail-on shutdown', [result(['major', 'fail'])], 0, 'shutdown', 0],
    ['a shutdown fail', [result(['shutdown', 'fail'])], 0, 'major', 3],
    ['a shutdown fail and a bad file (3 beats 2)', [result(['shutdown', 'fail'])], 1, 'major', 3],
    ['a major fail and a bad file (2 beats 1)', [result(['major', 'fail'])], 1, 'major', 2],
    ['a bad file only', [], 1, 'major', 2],
    ['a shutdown fail with --fail-on none', [result(['shutdown', 'fail'])], 0, 'none', 0],
    ['a bad file with --fail-on none (the tool could not run on it)', [], 1, 'none', 2],
  ] as const)('given %s, exits %i', (_name, results, invalid, failOn, code) => {
    expect(decideExitCode(overviewOf(results), invalid, failOn)).toBe(code);
  });
});
