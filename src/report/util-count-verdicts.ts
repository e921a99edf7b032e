import type { Verdict } from '../engine/index.js';
import type { AuditRun } from './types.js';
import { overviewOf } from './util-overview.js';

export function countVerdicts(run: AuditRun): Record<Verdict, number> {
  return { ...overviewOf(run.enterprises).verdicts };
}
