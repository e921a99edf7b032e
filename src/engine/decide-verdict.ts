import type { Finding, Verdict } from './types.js';

/** shutdown if any shutdown-level fail; else major if any major fail; else rectify if any general fail; else compliant. */
export function decideVerdict(findings: readonly Finding[]): Verdict {
  const failed = new Set(findings.filter((finding) => finding.status === 'fail').map((finding) => finding.severity));
  if (failed.has('shutdown')) return 'shutdown';
  if (failed.has('major')) return 'major';
  if (failed.has('general')) return 'rectify';
  return 'compliant';
}
