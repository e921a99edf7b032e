import { getHeapStatistics } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { startHeapGovernor } from '../../src/cli/heap-governor.js';

const used = () => getHeapStatistics().used_heap_size;
const MiB = 2 ** 20;

describe('the heap governor', () => {
  it('given garbage past its budget between two enterprises, collects it; under the budget, leaves the heap alone', () => {
    const heap = startHeapGovernor();
    // The first call sets the budget from what this test process really holds.
    heap.between();
    const alive = used();
    let garbage: unknown[] | undefined = [];
    for (let index = 0; used() < Math.max(96 * MiB, alive + 64 * MiB) + 16 * MiB && index < 20_000_000; index++) garbage.push({ index, text: `企业${index}` });
    garbage = undefined;
    heap.between();
    expect(garbage).toBeUndefined();
    expect(used()).toBeLessThan(alive + 16 * MiB);
    const before = used();
    heap.between();
    expect(used()).toBeGreaterThanOrEqual(before - MiB);
  });
});
