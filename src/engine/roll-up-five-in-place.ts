import { DIMENSIONS, SEVERITIES, type Severity } from '../rules/index.js';
import { STATUSES, type DimensionRollUp, type DimensionState, type Finding, type Status } from './types.js';

const zeroes = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;

/** Per dimension: counts by status, fails by severity, and its state (a fail above advisory is a gap; an undecided rule leaves it undecided). */
export function rollUpFiveInPlace(findings: readonly Finding[]): DimensionRollUp[] {
  return DIMENSIONS.map((dimension) => {
    const counts = zeroes<Status>(STATUSES);
    const fails = zeroes<Severity>(SEVERITIES);
    let gap = false;
    let undecided = false;
    for (const finding of findings) {
      if (finding.dimension !== dimension) continue;
      counts[finding.status] += 1;
      if (finding.status === 'fail') fails[finding.severity] += 1;
      if (finding.severity === 'advisory') continue;
      if (finding.status === 'fail') gap = true;
      if (finding.status === 'indeterminate') undecided = true;
    }
    const state: DimensionState = gap ? 'gap' : undecided ? 'undecided' : 'in-place';
    return { dimension, counts, fails, inPlace: state === 'in-place', state };
  });
}

/** The enterprise's 五到位: a gap in any dimension, else undecided in any, else in place. */
export function rollUpState(dimensions: readonly DimensionRollUp[]): DimensionState {
  if (dimensions.some((d) => d.state === 'gap')) return 'gap';
  return dimensions.some((d) => d.state === 'undecided') ? 'undecided' : 'in-place';
}
