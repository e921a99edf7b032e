import type { EnterpriseResult } from '../engine/index.js';
import type { Lang, Localized } from '../i18n/index.js';
import type { Diagnostic } from '../input/index.js';

export interface PackSummary {
  id: string;
  version: string;
  sector: string;
  title: Localized;
  rules: number;
}

/** A file that could not be checked, with why. */
export interface InputFailure {
  file: string;
  diagnostics: Diagnostic[];
}

/** Everything one `check` run decided: what reporters format. */
export interface AuditRun {
  tool: { name: 'safety-audit'; version: string };
  asOf: string;
  generatedAt: string;
  packs: PackSummary[];
  enterprises: EnterpriseResult[];
  inputErrors: InputFailure[];
  /** Warnings about the run itself, e.g. expired or unused waivers. */
  notices: Diagnostic[];
}

export interface ReportOptions {
  lang: Lang;
  color: boolean;
}

/** A reporter formats a run; it never decides, mutates, probes the terminal or writes files. */
export type Reporter = (run: AuditRun, options: ReportOptions) => string;
