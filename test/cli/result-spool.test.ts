import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EnterpriseResult } from '../../src/engine/index.js';
import { ResultSpool } from '../../src/cli/result-spool.js';

const result = (name: string): EnterpriseResult =>
  ({ file: `${name}.yaml`, enterprise: { name, creditCode: '91140100MA0L0000X0', sectors: [] }, findings: [], tally: {}, fiveInPlace: [], allInPlace: true, fiveInPlaceState: 'in-place', verdict: 'compliant', undecided: 0, warnings: [], openHazards: [] }) as EnterpriseResult;

describe('the result spool', () => {
  it('given results in the order workers finish them, reads them back in run order, skipping places without one, as often as asked', () => {
    const spool = ResultSpool.open();
    try {
      spool.add(3, result('丁'));
      spool.add(0, result('甲'));
      spool.add(2, result('丙'));
      expect(spool.length).toBe(3);
      expect(spool.places()).toEqual([0, 2, 3]);
      expect(Array.from(spool, (r) => r.enterprise.name)).toEqual(['甲', '丙', '丁']);
      expect(Array.from(spool, (r) => r.file)).toEqual(['甲.yaml', '丙.yaml', '丁.yaml']);
    } finally {
      spool.close();
    }
  });

  it('given a result put aside, gives back an equal value, not the same object', () => {
    const spool = ResultSpool.open();
    const original = { ...result('乙'), warnings: [{ code: 'ledger-not-read', severity: 'warning', message: { key: 'k', params: { file: 'a.xls' } } }] } as unknown as EnterpriseResult;
    spool.add(0, original);
    const [back] = Array.from(spool);
    spool.close();
    expect(back).toEqual(original);
    expect(back).not.toBe(original);
  });

  it('when closed, removes its folder', () => {
    const spool = ResultSpool.open();
    spool.add(0, result('甲'));
    const { folder } = spool as unknown as { folder: string };
    expect(existsSync(folder)).toBe(true);
    spool.close();
    expect(existsSync(folder)).toBe(false);
  });
});
