import type { EnterpriseResult, RuleSummary } from '../engine/index.js';
import type { RunOverview } from './util-overview.js';
import type { Lang, Localized, MessageRef } from '../i18n/index.js';
import type { Diagnostic } from '../input/index.js';
import type { ReportMeta } from '../schema/index.js';

export interface PackSummary {
  id: string;
  version: string;
  sector: string;
  title: Localized;
  /** `group` for a group's own pack (`--rules`), read beside the bundled ones. */
  origin?: 'group';
  /** Rules in force on the audit date. */
  rules: number;
  /** The editions of the pack's standard that decide the audit date (none for a pack without editions). */
  editions: { id: string; citation: Localized; from?: string; until?: string }[];
  /** When no encoded edition is in force on the date: which text was used, and why. */
  notice?: MessageRef;
}

/** A file that could not be checked, with why. */
export interface InputFailure {
  file: string;
  diagnostics: Diagnostic[];
}

/**
 * A run's enterprises, in run order: an array, or read back one at a time from where the check put them aside
 * (the CLI's spool), so a run of thousands never holds them all. Iterate it — each pass reads them again —
 * and never index it.
 */
export interface EnterpriseList extends Iterable<EnterpriseResult> {
  readonly length: number;
  /** Gathered as the enterprises were checked (the spool): the counts and sets a report needs without reading them all again. */
  readonly overview?: RunOverview;
  /**
   * The enterprises in run order, each as the text a format wrote for it in an earlier run where the list keeps
   * one under `key` (`renderKey`; a `--cache` hit), else as its result. The format writes such a text as it is.
   */
  renderedAs?(key: string): Iterable<EnterpriseResult | string>;
}

/** Everything one `check` run decided: what reporters format. */
export interface AuditRun {
  tool: { name: 'safety-audit'; version: string };
  asOf: string;
  generatedAt: string;
  packs: PackSummary[];
  /** The rules in force on the audit date of the packs that applied to an enterprise, in rule order. */
  rules: RuleSummary[];
  enterprises: EnterpriseList;
  inputErrors: InputFailure[];
  /** Warnings about the run itself, e.g. expired or unused waivers. */
  notices: Diagnostic[];
  /** `--baseline`: the earlier report compared with, and its open findings now gone. */
  baseline?: { file: string; asOf: string; generatedAt: string; resolved: import('../engine/index.js').ResolvedFinding[] };
  /** What the configuration changed in the rules (severities set, rules disabled with why): every format shows it. */
  adjustments?: import('../engine/index.js').RuleAdjustment[];
  /** A run over one part of the enterprises (`--shard i/n`), to be merged with the others' JSON reports. */
  shard?: { index: number; total: number };
  /**
   * With `shard`: where each enterprise and each input error stands in the whole run (parallel to
   * `enterprises` and `inputErrors`), so `merge` restores the order of a single run.
   */
  positions?: { enterprises: number[]; inputErrors: number[] };
  /** For a signed report (`--report-meta FILE` or the config's `report:`): client, auditor, firm, scope, period, signature, disclaimer. */
  reportMeta?: ReportMeta;
}

export interface ReportOptions {
  lang: Lang;
  color: boolean;
  /** The table only: shutdown and major findings alone (`--quiet`). */
  quiet?: boolean;
  /** The documents (html, pdf, docx): add the appendix listing every rule checked (`--appendix`). */
  appendix?: boolean;
}

/** A reporter formats a run; it never decides, mutates, probes the terminal or writes files. */
export type Reporter = (run: AuditRun, options: ReportOptions) => string;

/**
 * The same, in pieces: the text a reporter writes, one piece at a time (a head, then about one enterprise per
 * piece, then a tail), so the CLI writes a report of thousands of enterprises without holding it whole.
 */
export type StreamReporter = (run: AuditRun, options: ReportOptions) => Iterable<string>;

/** A binary format (a workbook): written to a file only, and built asynchronously by its library. */
export type FileReporter = (run: AuditRun, options: ReportOptions) => Promise<Uint8Array>;
