import type { Localized, MessageRef } from '../i18n/index.js';
import type { Diagnostic, SourceLocation } from '../input/index.js';
import type { Citation, Dimension, Severity } from '../rules/index.js';

export type Status = 'pass' | 'fail' | 'not-applicable' | 'indeterminate' | 'waived';
export const STATUSES: readonly Status[] = ['pass', 'fail', 'not-applicable', 'indeterminate', 'waived'];

/** In rank order: 停产整顿, 重大隐患, 资料不全 (a rule above advisory could not be decided), 限期整改, 合格. */
export type Verdict = 'shutdown' | 'major' | 'incomplete' | 'rectify' | 'compliant';
export const VERDICTS: readonly Verdict[] = ['shutdown', 'major', 'incomplete', 'rectify', 'compliant'];

/** A five-in-place dimension: in place, a gap (a rule above advisory failed), or undecided (未能判定: one could not be decided). */
export type DimensionState = 'in-place' | 'gap' | 'undecided';

/** One rule's outcome, for one item of an `each` rule or for the whole assessment. */
export interface Finding {
  ruleId: string;
  pack: { id: string; version: string; sector: string; origin?: 'group' };
  title: Localized;
  severity: Severity;
  dimension: Dimension;
  status: Status;
  /** The item's key for `each` rules: its `id` when it has one, else `#index`. */
  item?: string;
  /** JSON Pointer of the value to fix, and where it is. */
  pointer: string;
  location?: SourceLocation;
  message: Localized;
  sources: Citation[];
  remediation: Localized;
  /** The edition of the standard the finding is judged by, and the notice when it is not the one in force. */
  edition?: { id: string; notice?: MessageRef };
  /** Why the rule could not be evaluated (indeterminate). */
  reason?: MessageRef;
  /** Stable across runs: credit code + rule + item. */
  fingerprint: string;
  /** Against `--baseline`: new, unchanged, or updated (there before with another status). */
  baselineState?: import('./compare-baseline.js').BaselineState;
  /** Against `--baseline`: the audit date of the earliest run in an unbroken line of runs that had it open. */
  firstSeen?: string;
  /** The waiver that covers this finding (status `waived`), and what the status was before it. */
  waiver?: { reason: string; approvedBy: string; expires: string; waivedStatus: 'fail' | 'indeterminate' };
}

export interface DimensionRollUp {
  dimension: Dimension;
  counts: Record<Status, number>;
  /** Failed findings by severity. */
  fails: Record<Severity, number>;
  /** No fail and no indeterminate finding above advisory. */
  inPlace: boolean;
  /** gap when a rule above advisory failed; else undecided when one could not be decided; else in-place. */
  state: DimensionState;
}

export interface EnterpriseSummary {
  name: string;
  creditCode: string;
  sectors: string[];
  region?: string;
  assessmentDate?: string;
  assessor?: string;
  /** 主要负责人: the principal responsible person, where the assessment names one. */
  principal?: string;
}

/** An earlier run's verdict on an enterprise (by credit code), read from a baseline report. */
export interface VerdictRecord {
  asOf: string;
  generatedAt: string;
  verdict: Verdict;
}

/** How one rule came out for one enterprise: its findings counted by status (an `each` rule has one per item). */
export type Tally = Record<Status, number>;

/** What a report says of a rule it checked, whatever the outcome: the rule's own severity (before any escalation). */
export type RuleSummary = Pick<Finding, 'ruleId' | 'pack' | 'title' | 'severity' | 'dimension' | 'sources' | 'remediation' | 'edition'>;

export interface EnterpriseResult {
  file: string;
  enterprise: EnterpriseSummary;
  /**
   * The problems: failed, undecided and waived findings. Passes and not-applicable results are counted in
   * `tally`, not kept, unless the run asked for them (`--include-passes`).
   */
  findings: Finding[];
  /** Every rule that ran for this enterprise, in rule order, with its findings counted by status. */
  tally: Record<string, Tally>;
  fiveInPlace: DimensionRollUp[];
  /** All five dimensions in place (五到位). */
  allInPlace: boolean;
  /** gap when any dimension has a gap; else undecided when any is undecided; else in-place. */
  fiveInPlaceState: DimensionState;
  verdict: Verdict;
  /** Rules above advisory that could not be decided (indeterminate, not waived): shown beside any verdict. */
  undecided: number;
  /** Problems with the enterprise's files that did not stop the check, e.g. a ledger saved as .xlsx and not read. */
  warnings: Diagnostic[];
  /** The hazard ledger's entries not closed, for the four lists (四个清单). */
  openHazards: import('./list-open-hazards.js').LedgerHazard[];
  /** With `--baseline`: the verdicts of earlier runs on this credit code, oldest first (at most HISTORY_LIMIT). */
  history?: VerdictRecord[];
}
