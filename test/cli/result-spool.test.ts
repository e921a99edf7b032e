import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EnterpriseResult } from '../../src/engine/index.js';
import { ResultSpool } from '../../src/cli/result-spool.js';
import { digestOf } from '../../src/report/index.js';

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

  it('given results put aside, gives back equal values: read from the file, except the last one added, kept as it is', () => {
    const spool = ResultSpool.open();
    const first = { ...result('乙'), warnings: [{ code: 'ledger-not-read', severity: 'warning', message: { key: 'k', params: { file: 'a.xls' } } }] } as unknown as EnterpriseResult;
    const last = result('戊');
    spool.add(0, first);
    spool.add(1, last);
    const [back, held] = Array.from(spool);
    spool.close();
    expect(back).toEqual(first);
    expect(back).not.toBe(first);
    expect(held).toBe(last);
  });

  it('given texts kept with results, gives each enterprise as its text under that key, and as its result otherwise', () => {
    const spool = ResultSpool.open();
    try {
      const digest = digestOf(result('甲'));
      spool.addText(0, JSON.stringify(result('甲')), digest, { 'json:zh': '{"甲": "中文"}', 'json:en': '{"甲": "English"}' });
      spool.addText(1, Buffer.from(JSON.stringify(result('乙'))), digest, { 'json:en': Buffer.from('{"乙": "English"}') });
      spool.add(2, result('丙'));
      expect(Array.from(spool.renderedAs('json:zh'), (item) => (typeof item === 'string' ? item : item.enterprise.name))).toEqual(['{"甲": "中文"}', '乙', '丙']);
      expect(Array.from(spool.renderedAs('json:en'), (item) => (typeof item === 'string' ? item : item.enterprise.name))).toEqual(['{"甲": "English"}', '{"乙": "English"}', '丙']);
      expect(Array.from(spool, (r) => r.enterprise.name)).toEqual(['甲', '乙', '丙']);
    } finally {
      spool.close();
    }
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
