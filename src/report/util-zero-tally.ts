import type { Tally } from '../engine/index.js';

/** A rule's counts before any finding is added (report imports no engine values, STYLE point 1). */
export const zeroTally = (): Tally => ({ pass: 0, fail: 0, 'not-applicable': 0, indeterminate: 0, waived: 0 });
