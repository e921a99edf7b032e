import type { Finding } from '../engine/index.js';
import type { Diagnostic } from '../input/index.js';
import type { AuditRun } from './types.js';

/** What a CI annotation shows: a failed or undecided finding, or a file problem (an unread file, a file not checked). */
export type OpenProblem = { file: string; finding: Finding; diagnostic?: undefined } | { file: string; diagnostic: Diagnostic; finding?: undefined };

/** Failed and undecided checks (not passes, not waived), unread files, and files that could not be checked, in run order. */
export function openProblems(run: AuditRun): OpenProblem[] {
  return [
    ...run.enterprises.flatMap((result) => [
      ...result.findings.filter((finding) => finding.status === 'fail' || finding.status === 'indeterminate').map((finding) => ({ file: result.file, finding })),
      ...result.warnings.map((diagnostic) => ({ file: result.file, diagnostic })),
    ]),
    ...run.inputErrors.flatMap(({ file, diagnostics }) => diagnostics.map((diagnostic) => ({ file, diagnostic }))),
  ];
}
