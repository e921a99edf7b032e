// Types only: `--version` and the other commands load this module, and the reporters must not load with it.
import type { RunOverview } from '../report/index.js';
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
export function decideExitCode(overview: RunOverview, invalidInputs: number, failOn: FailOn, options: { onlyNew?: boolean } = {}): number {
  if (failOn === 'none') return invalidInputs > 0 ? EXIT.invalid : EXIT.ok;
  // The notice allows no grandfathering: a shutdown-level violation exits 3 even when the baseline had it.
  if (overview.shutdownFailed) return EXIT.shutdown;
  if (invalidInputs > 0) return EXIT.invalid;
  // `--fail-on-new`: only what is new or changed since the baseline blocks.
  const open = options.onlyNew ? overview.newOpenSeverities : overview.openSeverities;
  return [...open].some((severity) => RANK[severity] <= RANK[failOn]) ? EXIT.findings : EXIT.ok;
}
