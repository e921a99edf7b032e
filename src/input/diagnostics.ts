import type { MessageRef } from '../i18n/index.js';
import type { SourceLocation } from './types.js';

/** Every problem a user can cause, as a closed set of codes (STYLE.md point 8). */
export type DiagnosticCode =
  | 'file-unreadable'
  | 'file-not-found'
  | 'file-not-regular'
  | 'file-too-large'
  | 'encoding-invalid'
  | 'csv-empty'
  | 'csv-ragged-row'
  | 'csv-unclosed-quote'
  | 'csv-syntax'
  | 'csv-unknown-column'
  | 'csv-missing-column'
  | 'csv-duplicate-column'
  | 'csv-bad-value'
  | 'include-escapes-folder'
  | 'xlsx-other-format'
  | 'xlsx-encrypted'
  | 'xlsx-corrupt'
  | 'xlsx-merged-header'
  | 'xlsx-outside-header'
  | 'xlsx-formula-no-value'
  | 'xlsx-cell-error'
  | 'xlsx-sheet-unmatched'
  | 'xlsx-workbook-unmatched'
  | 'xlsx-sheet-missing'
  | 'xlsx-conflict'
  | 'xlsx-include-not-table'
  | 'workbook-beside-other-yaml'
  | 'file-link-broken'
  | 'csv-beside-other-yaml'
  | 'csv-unmatched'
  | 'include-not-table'
  | 'include-workbook'
  | 'include-conflict'
  | 'yaml-syntax'
  | 'json-syntax'
  | 'yaml-duplicate-key'
  | 'yaml-empty'
  | 'yaml-not-mapping'
  | 'yaml-multiple-documents'
  | 'yaml-alias'
  | 'yaml-too-deep'
  | 'yaml-too-large'
  | 'number-out-of-range'
  | 'schema-violation'
  | 'pack-invalid'
  | 'pack-duplicate-rule'
  | 'pack-unknown-source'
  | 'pack-escalate-lower'
  | 'pack-unknown-edition'
  | 'pack-fixture-missing'
  | 'pack-rule-prefix'
  | 'pack-group-prefix-missing'
  | 'pack-group-prefix-taken'
  | 'pack-group-collision'
  | 'pack-group-section'
  | 'cel-syntax'
  | 'cel-type-error'
  | 'cel-not-boolean'
  | 'waiver-unknown-rule'
  | 'waiver-shutdown'
  | 'waiver-expired'
  | 'waiver-unmatched'
  | 'waivers-file-ignored'
  | 'config-invalid'
  | 'config-unknown-pack'
  | 'config-unknown-rule'
  | 'config-lower-shutdown'
  | 'config-disable-shutdown'
  | 'diagnostics-truncated'
  | 'usage';

/** A located problem. `message` is rendered by i18n in the reader's language. */
export interface Diagnostic {
  code: DiagnosticCode;
  severity: 'error' | 'warning';
  message: MessageRef;
  location?: SourceLocation;
  /** JSON Pointer of the value concerned, when there is one. */
  pointer?: string;
}

export function warningAt(code: DiagnosticCode, message: MessageRef, location?: SourceLocation): Diagnostic {
  return { code, severity: 'warning', message, ...(location ? { location } : {}) };
}

export function errorAt(code: DiagnosticCode, message: MessageRef, location?: SourceLocation, pointer?: string): Diagnostic {
  return { code, severity: 'error', message, ...(location ? { location } : {}), ...(pointer !== undefined ? { pointer } : {}) };
}
