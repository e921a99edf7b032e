import type { Localized } from '../i18n/index.js';
import type { SourceLocation } from '../input/index.js';
import type { JsonSchema } from '../schema/index.js';

export type Severity = 'shutdown' | 'major' | 'general' | 'advisory';
export type Dimension = 'responsibility' | 'management' | 'investment' | 'training' | 'emergency';

export const SEVERITIES: readonly Severity[] = ['shutdown', 'major', 'general', 'advisory'];
export const DIMENSIONS: readonly Dimension[] = ['responsibility', 'management', 'investment', 'training', 'emergency'];

/** An example: JSON Pointer → value, patched over the pack's compliant fixture (null removes). */
export type Patch = Record<string, unknown>;

/** A rule as written in a pack (rules/*.yaml), after the pack schema has accepted it. */
export interface RuleSpec {
  id: string;
  title: Localized;
  severity: Severity;
  dimension: Dimension;
  basis: string[];
  each?: string;
  when?: string;
  assert: string;
  at?: string;
  /** Edition id → the item number this rule has in that edition; absent when the rule follows no edition. */
  editions?: Record<string, string>;
  /** Severities above `severity` that apply when their condition holds (first match wins), e.g. a producing mine. */
  escalate?: { severity: Severity; when: string; basis?: string[] }[];
  message: Localized;
  remediation: Localized;
  examples: { pass: Patch[]; fail: Patch[] };
}

/** A citable text: its clean citation in each language, and apart from it how sure we are of it and why. */
export interface SourceSpec extends Localized {
  url?: string;
  /** C confirmed from the official text, S from a secondary source, U unconfirmed. */
  confidence?: 'C' | 'S' | 'U';
  /** Research note (where the text was found, what is doubtful): shown by `explain` and in JSON, never in a client's report. */
  note?: Localized;
  /** In-force window (both days included), for a text repealed or not yet in force within the pack's span. */
  from?: string;
  until?: string;
}

/** One edition of the standard a pack encodes, with its in-force window. */
export interface EditionSpec {
  id: string;
  source: string;
  /** First day in force; absent when not known (the edition then reaches back indefinitely). */
  from?: string;
  until?: string;
  replacedBy?: Localized;
  fixture?: string;
}

/** The edition(s) of a pack that decide an audit date, and, when none is in force, why an encoded one is used. */
export interface AppliedEditions {
  pack: string;
  editions: EditionSpec[];
  /** Set when no encoded edition is in force on the date: the finding and the report say which text was used and why. */
  notice?: import('../i18n/index.js').MessageRef;
}

export interface Pack {
  pack: string;
  version: string;
  title: Localized;
  sector: string;
  /** Every rule id begins with `${idPrefix}-`; required of a group pack. */
  idPrefix?: string;
  /** `group` for a pack a group loads with `--rules` (its own, beside the bundled ones). */
  origin?: 'group';
  section?: string;
  schema?: JsonSchema;
  /** Path of the compliant fixture the examples patch, resolved against the pack file. */
  fixture?: string;
  sources: Record<string, SourceSpec>;
  /** The editions of the standard the pack encodes, oldest first. */
  editions?: EditionSpec[];
  /** Named expressions shared by the pack's rules (e.g. `highRisk`), evaluated once per enterprise. */
  let?: Record<string, string>;
  rules: RuleSpec[];
  /** Where the pack was read from, the sha256 of its bytes, and where each of its values is. */
  file: string;
  digest: string;
  sourceMap: ReadonlyMap<string, SourceLocation>;
  /**
   * Taken from the build (its bytes are those the build parsed and checked): its rules are read from the build and
   * compiled on first use.
   */
  precompiled?: boolean;
  /** For a pack of the build: per rule, the editions it has an item in (null: every edition), known without reading its rules. */
  ruleEditions?: (string[] | null)[];
}

/** A rule's `basis` entry resolved against the pack's sources, e.g. 安全生产法（2021） 第四十一条. */
export interface Citation {
  source: string;
  item?: string;
  text: Localized;
  url?: string;
  confidence?: 'C' | 'S' | 'U';
  note?: Localized;
  /** A citation out of force on the audit date: the date it ended, when it was cited anyway (no other basis). */
  repealedOn?: string;
  /** A citation not yet in force on the audit date: the day it took effect, when it was cited anyway (no other basis). */
  inForceFrom?: string;
}

/** A parsed and type-checked CEL expression. Throws when it cannot be evaluated. */
export type Program = (context: Record<string, unknown>) => unknown;

/** A message template: literal text and `${…}` expressions, in each language. */
export type Template = (string | Program)[];

/** A pack's `let` definitions, compiled in order; each may use the ones before it. */
export interface PackLets {
  pack: string;
  definitions: { name: string; program: Program }[];
}

/** A rule ready for the engine: every expression compiled once, every citation resolved. */
export interface CompiledRule {
  id: string;
  /** `origin: 'group'` for a rule of a group's own pack (`--rules`). */
  pack: { id: string; version: string; sector: string; origin?: 'group' };
  title: Localized;
  severity: Severity;
  dimension: Dimension;
  sources: Citation[];
  remediation: Localized;
  each?: readonly string[];
  when?: Program;
  assert: Program;
  at?: readonly string[];
  /** The edition the rule is judged by, and the notice when that edition is not the one in force. */
  edition?: { id: string; notice?: import('../i18n/index.js').MessageRef };
  /** Compiled `escalate` entries: the first whose condition holds sets the finding's severity and adds its citations. */
  escalate?: { severity: Severity; when: Program; sources: Citation[] }[];
  message: { zh: Template; en: Template };
  /** The pack's `let` names this rule may read; shared by every rule of the pack. */
  lets?: PackLets;
  spec: RuleSpec;
  location?: SourceLocation;
  /** Member chains the rule's expressions read (`it.sis.installed`), lets included: which data it needs. */
  reads: readonly string[];
  /** The same for `each` and `when` alone: what decides whether the rule applies. */
  whenReads: readonly string[];
}
