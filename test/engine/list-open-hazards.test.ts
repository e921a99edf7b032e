import { describe, expect, it } from 'vitest';
import { listOpenHazards } from '../../src/engine/index.js';

const sourceMap = new Map([['/hazards/1', { file: 'hazards.csv', line: 3, column: 1 }]]);

describe('listOpenHazards', () => {
  it.each([
    { name: 'given no ledger, lists nothing', data: {}, ids: [] },
    { name: 'given entries 未整改, 整改中 and 已整改, lists the first two in ledger order', data: { hazards: [{ id: 'A', status: '未整改' }, { id: 'B', status: '整改中' }, { id: 'C', status: '已整改', closedOn: '2026-01-01' }] }, ids: ['A', 'B'] },
    { name: 'given a closing date but status 整改中, keeps it open (the status is what the ledger declares)', data: { hazards: [{ id: 'D', status: '整改中', closedOn: '2026-01-01' }] }, ids: ['D'] },
  ])('$name', ({ data, ids }) => {
    expect(listOpenHazards(data, sourceMap).map((hazard) => hazard.id)).toEqual(ids);
  });

  it('keeps what the lists need and where the entry is', () => {
    const data = { hazards: [{ id: 'A', status: '已整改' }, { id: 'B', description: '配电室无挡鼠板', level: '一般', foundOn: '2026-10-01', deadline: '2026-10-15', status: '未整改', owner: '田伟' }] };
    expect(listOpenHazards(data, sourceMap)).toEqual([
      { id: 'B', description: '配电室无挡鼠板', level: '一般', foundOn: '2026-10-01', deadline: '2026-10-15', status: '未整改', owner: '田伟', pointer: '/hazards/1', location: { file: 'hazards.csv', line: 3, column: 1 } },
    ]);
  });
});
