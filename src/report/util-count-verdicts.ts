import type { Verdict } from '../engine/index.js';
import type { AuditRun } from './types.js';

export function countVerdicts(run: AuditRun): Record<Verdict, number> {
  const counts: Record<Verdict, number> = { shutdown: 0, major: 0, incomplete: 0, rectify: 0, compliant: 0 };
  for (const result of run.enterprises) counts[result.verdict] += 1;
  return counts;
}
