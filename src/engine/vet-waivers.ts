import { errorAt, warningAt, type Diagnostic, type Waiver } from '../input/index.js';
import type { CompiledRule } from '../rules/index.js';
import { waiverInForce, waiverMatches } from './apply-waivers.js';
import type { EnterpriseResult } from './types.js';

/**
 * Waivers that cannot be accepted at all: an unknown rule, or a shutdown-level rule (the notice orders
 * such violations shut down without exception, 一律停产整顿). Either makes the waivers file invalid. Only the
 * rules' ids and severities are read: their headings do (no pack is compiled for it).
 */
export function vetWaivers(waivers: readonly Waiver[], rules: readonly Pick<CompiledRule, 'id' | 'severity'>[]): Diagnostic[] {
  return waivers.flatMap((waiver) => {
    const rule = rules.find((candidate) => candidate.id === waiver.rule);
    if (!rule) return [errorAt('waiver-unknown-rule', { key: 'waiver-unknown-rule', params: { rule: waiver.rule } }, waiver.location)];
    if (rule.severity === 'shutdown') return [errorAt('waiver-shutdown', { key: 'waiver-shutdown', params: { rule: waiver.rule } }, waiver.location)];
    return [];
  });
}

/** After a run: waivers that expired (and so no longer apply) and waivers in force that matched nothing. */
export function reviewWaivers(waivers: readonly Waiver[], results: Iterable<EnterpriseResult>, asOf: string): Diagnostic[] {
  // One pass over the run: which waivers in force covered a finding, and which met a shutdown-level one.
  const inForce = waivers.filter((waiver) => waiverInForce(waiver, asOf));
  const applied = new Set<Waiver>();
  const metShutdown = new Set<Waiver>();
  if (inForce.length) {
    for (const result of results) {
      for (const f of result.findings) {
        for (const waiver of inForce) {
          if (!waiverMatches(waiver, f, result.enterprise.creditCode)) continue;
          if (f.status === 'waived') applied.add(waiver);
          else if ((f.status === 'fail' || f.status === 'indeterminate') && f.severity === 'shutdown') metShutdown.add(waiver);
        }
      }
    }
  }
  return waivers.flatMap((waiver) => {
    const params = { rule: waiver.rule, enterprise: waiver.enterprise, expires: waiver.expires };
    if (!waiverInForce(waiver, asOf)) return [warningAt('waiver-expired', { key: 'waiver-expired', params }, waiver.location)];
    if (applied.has(waiver)) return [];
    // A rule raised to shutdown level for this enterprise (e.g. a producing mine): the waiver cannot apply.
    if (metShutdown.has(waiver)) return [warningAt('waiver-shutdown', { key: 'waiver-shutdown-finding', params }, waiver.location)];
    return [warningAt('waiver-unmatched', { key: 'waiver-unmatched', params }, waiver.location)];
  });
}
