import { describe, expect, it } from 'vitest';
import { applyWaivers, reviewWaivers, vetWaivers, type EnterpriseResult, type Finding } from '../../src/engine/index.js';
import type { Waiver } from '../../src/input/index.js';
import type { CompiledRule } from '../../src/rules/index.js';

const CODE = '91140100MA0K12340F';
const finding = (ruleId: string, status: Finding['status'], item?: string) => ({ ruleId, status, ...(item ? { item } : {}) }) as Finding;
const waiver = (fields: Partial<Waiver>): Waiver => ({ rule: 'R-1', enterprise: CODE, reason: '理由', approvedBy: '甲', expires: '2026-12-31', ...fields });

describe('applyWaivers', () => {
  it.each([
    ['a fail covered by a waiver in force', [finding('R-1', 'fail')], [waiver({})], ['waived']],
    ['an indeterminate finding covered', [finding('R-1', 'indeterminate')], [waiver({})], ['waived']],
    ['a pass (nothing to waive)', [finding('R-1', 'pass')], [waiver({})], ['pass']],
    ['a waiver that expired the day before', [finding('R-1', 'fail')], [waiver({ expires: '2026-11-19' })], ['fail']],
    ['a waiver that expires on the audit date', [finding('R-1', 'fail')], [waiver({ expires: '2026-11-20' })], ['waived']],
    ['another enterprise', [finding('R-1', 'fail')], [waiver({ enterprise: '911400001100143213' })], ['fail']],
    ['a waiver for one item only', [finding('R-1', 'fail', 'H-1'), finding('R-1', 'fail', 'H-2')], [waiver({ item: 'H-2' })], ['fail', 'waived']],
  ])('given %s, gives %j', (_name, findings, waivers, statuses) => {
    expect(applyWaivers(findings, waivers, CODE, '2026-11-20').map((f) => f.status)).toEqual(statuses);
  });

  it('keeps the reason, approver, expiry and the status it replaced on the finding', () => {
    const [waived] = applyWaivers([finding('R-1', 'fail')], [waiver({})], CODE, '2026-11-20');
    expect(waived?.waiver).toEqual({ reason: '理由', approvedBy: '甲', expires: '2026-12-31', waivedStatus: 'fail' });
  });
});

describe('vetWaivers and reviewWaivers', () => {
  const rules = [{ id: 'R-1', severity: 'general' }, { id: 'R-STOP', severity: 'shutdown' }] as CompiledRule[];

  it('refuses a waiver of a shutdown-level rule and of an unknown rule', () => {
    const problems = vetWaivers([waiver({ rule: 'R-STOP' }), waiver({ rule: 'R-9' }), waiver({})], rules);
    expect(problems.map((p) => [p.code, p.severity])).toEqual([['waiver-shutdown', 'error'], ['waiver-unknown-rule', 'error']]);
  });

  it('reports expired waivers and waivers that matched nothing, as warnings', () => {
    const results = [{ enterprise: { creditCode: CODE }, findings: [{ ...finding('R-1', 'waived') }] }] as EnterpriseResult[];
    const notices = reviewWaivers([waiver({}), waiver({ expires: '2026-01-01' }), waiver({ item: 'H-9' })], results, '2026-11-20');
    expect(notices.map((n) => [n.code, n.severity])).toEqual([['waiver-expired', 'warning'], ['waiver-unmatched', 'warning']]);
  });
});

describe('applyWaivers at shutdown level', () => {
  it('given a finding raised to shutdown level by escalate, never waives it, and the review says why', () => {
    const raised = { ruleId: 'T-GAS', severity: 'shutdown', status: 'fail', item: undefined } as unknown as Finding;
    const waiver = { rule: 'T-GAS', enterprise: 'C1', reason: '整改中', approvedBy: '集团', expires: '2027-01-01' } as Waiver;
    const [finding] = applyWaivers([raised], [waiver], 'C1', '2026-11-20');
    expect(finding!.status).toBe('fail');
    const notices = reviewWaivers([waiver], [{ enterprise: { creditCode: 'C1' }, findings: [finding] } as unknown as EnterpriseResult], '2026-11-20');
    expect(notices.map((n) => [n.code, n.message.key])).toEqual([['waiver-shutdown', 'waiver-shutdown-finding']]);
  });
});
