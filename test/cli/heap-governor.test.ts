import { getHeapStatistics } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { startHeapGovernor } from '../../src/cli/heap-governor.js';

const used = () => getHeapStatistics().used_heap_size;

describe('the heap governor', () => {
  it('given garbage past its budget between two enterprises, collects it; under the budget, leaves the heap alone', () => {
    const heap = startHeapGovernor();
    heap.between();
    let garbage: unknown[] | undefined = [];
    for (let index = 0; used() < 140 * 2 ** 20 && index < 5_000_000; index++) garbage.push({ index, text: `企业${index}` });
    expect(used()).toBeGreaterThan(140 * 2 ** 20);
    garbage = undefined;
    heap.between();
    expect(garbage).toBeUndefined();
    expect(used()).toBeLessThan(96 * 2 ** 20);
    const before = used();
    heap.between();
    expect(used()).toBeGreaterThanOrEqual(before - 2 ** 20);
  });
});
