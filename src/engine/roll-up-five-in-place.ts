import { DIMENSIONS, SEVERITIES, type Severity } from '../rules/index.js';
import { STATUSES, type DimensionRollUp, type Finding, type Status } from './types.js';

const zeroes = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;

/** Per dimension: counts by status, fails by severity, and whether it is in place (no fail or indeterminate above advisory). */
export function rollUpFiveInPlace(findings: readonly Finding[]): DimensionRollUp[] {
  return DIMENSIONS.map((dimension) => {
    const counts = zeroes<Status>(STATUSES);
    const fails = zeroes<Severity>(SEVERITIES);
    let inPlace = true;
    for (const finding of findings) {
      if (finding.dimension !== dimension) continue;
      counts[finding.status] += 1;
      if (finding.status === 'fail') fails[finding.severity] += 1;
      if ((finding.status === 'fail' || finding.status === 'indeterminate') && finding.severity !== 'advisory') inPlace = false;
    }
    return { dimension, counts, fails, inPlace };
  });
}
