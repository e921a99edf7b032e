import type { Finding, Verdict } from './types.js';

const decided = (finding: Finding) => finding.status !== 'indeterminate';

/**
 * shutdown if any shutdown-level fail; else major if any major fail; else incomplete if a shutdown- or
 * major-level rule could not be decided; else rectify if any general fail; else incomplete if a general rule
 * could not be decided; else compliant. 合格 is said only when every rule above advisory was decided.
 */
export function decideVerdict(findings: readonly Finding[]): Verdict {
  const failed = new Set(findings.filter((finding) => finding.status === 'fail').map((finding) => finding.severity));
  const undecided = new Set(findings.filter((finding) => !decided(finding)).map((finding) => finding.severity));
  if (failed.has('shutdown')) return 'shutdown';
  if (failed.has('major')) return 'major';
  if (undecided.has('shutdown') || undecided.has('major')) return 'incomplete';
  if (failed.has('general')) return 'rectify';
  if (undecided.has('general')) return 'incomplete';
  return 'compliant';
}

/** Rules above advisory that could not be decided: the count shown beside the verdict. */
export const countUndecided = (findings: readonly Finding[]): number =>
  findings.filter((finding) => !decided(finding) && finding.severity !== 'advisory').length;
