/** Where a value came from: 1-based line and column of the key (or list item) that holds it. */
export interface SourceLocation {
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** For a CSV cell: the column's header as written (`整改期限`); `column` is then the field number. */
  field?: string;
}

/** JSON Pointer (RFC 6901) → location, for every value read from a file. */
export type SourceMap = ReadonlyMap<string, SourceLocation>;

/** One enterprise's self-assessment, as plain data plus where each value came from. */
export interface Assessment {
  file: string;
  data: Record<string, unknown>;
  sourceMap: SourceMap;
}

export interface Parsed<T> {
  value?: T;
  diagnostics: import('./diagnostics.js').Diagnostic[];
}
