// V8 lets the heap of a long run grow to several times what it holds alive before it collects the old
// generation: checking thousands of enterprises, each parsed, validated and evaluated, leaves a steady stream
// of garbage, and the process would sit at 400+ MiB while holding under 100. Between enterprises — the moment
// when least is alive — the run collects itself once the heap has grown past a budget, so memory stays flat
// whatever the number of enterprises. The budget follows what is really alive (one enterprise's large ledger
// raises it, and it falls again after), so a run never collects over and over.
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Collect when the heap has grown past this much, or this much more than was alive after the last collection. */
const FLOOR_BYTES = 96 * 2 ** 20;
const HEADROOM_BYTES = 32 * 2 ** 20;

export interface HeapGovernor {
  /** Called between enterprises: collects when the heap has outgrown its budget. */
  between(): void;
}

let shared: HeapGovernor | undefined;

/** The governor of this thread's heap: one budget for every stage that calls it (check, spool, reports). */
export const heapGovernor = (): HeapGovernor => (shared ??= startHeapGovernor());

export function startHeapGovernor(): HeapGovernor {
  const collect = exposedGc();
  if (!collect) return { between: () => undefined };
  let budget = FLOOR_BYTES;
  return {
    between() {
      if (getHeapStatistics().used_heap_size < budget) return;
      collect();
      budget = Math.max(FLOOR_BYTES, getHeapStatistics().used_heap_size + HEADROOM_BYTES);
    },
  };
}

/** V8's own full collection, made callable in this process; undefined where the engine refuses. */
function exposedGc(): (() => void) | undefined {
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    return typeof gc === 'function' ? (gc as () => void) : undefined;
  } catch {
    return undefined;
  }
}
