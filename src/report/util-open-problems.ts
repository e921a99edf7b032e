import type { Finding } from '../engine/index.js';
import type { Diagnostic } from '../input/index.js';
import type { AuditRun } from './types.js';

/** What a CI annotation shows: a failed or undecided finding, or a file problem (an unread file, a file not checked). */
export type OpenProblem = { file: string; finding: Finding; diagnostic?: undefined } | { file: string; diagnostic: Diagnostic; finding?: undefined };

/** Failed and undecided checks (not passes, not waived), unread files, and files that could not be checked, in run order. */
export function* openProblems(run: AuditRun): Generator<OpenProblem> {
  for (const result of run.enterprises) {
    for (const finding of result.findings) if (finding.status === 'fail' || finding.status === 'indeterminate') yield { file: result.file, finding };
    for (const diagnostic of result.warnings) yield { file: result.file, diagnostic };
  }
  for (const { file, diagnostics } of run.inputErrors) for (const diagnostic of diagnostics) yield { file, diagnostic };
}
