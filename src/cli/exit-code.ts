import type { EnterpriseResult, Finding } from '../engine/index.js';
import type { Severity } from '../rules/index.js';

export type FailOn = 'shutdown' | 'major' | 'general' | 'none';
export const FAIL_ON: readonly FailOn[] = ['shutdown', 'major', 'general', 'none'];

export const EXIT = { ok: 0, findings: 1, invalid: 2, shutdown: 3 } as const;

const RANK: Record<Severity, number> = { shutdown: 0, major: 1, general: 2, advisory: 3 };

/**
 * The exit code contract (DESIGN.md §7): 3 when any shutdown-level rule fails (it wins over 2 and 1),
 * 2 when an input could not be checked, 1 when a finding at or above `failOn` failed or could not be
 * decided (indeterminate is never a silent pass), else 0. `--fail-on none` ignores findings.
 */
export function decideExitCode(results: Iterable<EnterpriseResult>, invalidInputs: number, failOn: FailOn, options: { onlyNew?: boolean } = {}): number {
  if (failOn === 'none') return invalidInputs > 0 ? EXIT.invalid : EXIT.ok;
  const threshold = RANK[failOn];
  // `--fail-on-new`: only what is new or changed since the baseline blocks.
  const counts = (f: Finding) => !options.onlyNew || f.baselineState === 'new' || f.baselineState === 'updated';
  let blocking = false;
  for (const result of results) {
    for (const f of result.findings) {
      // The notice allows no grandfathering: a shutdown-level violation exits 3 even when the baseline had it.
      if (f.status === 'fail' && f.severity === 'shutdown') return EXIT.shutdown;
      blocking ||= (f.status === 'fail' || f.status === 'indeterminate') && RANK[f.severity] <= threshold && counts(f);
    }
  }
  if (invalidInputs > 0) return EXIT.invalid;
  return blocking ? EXIT.findings : EXIT.ok;
}
