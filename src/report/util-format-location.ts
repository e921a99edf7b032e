import type { SourceLocation } from '../input/index.js';

/** `file:line:col`, the form editors and terminals turn into links; a CSV cell adds its header: `hazards.csv:7:4 (整改期限)`. */
export const formatLocation = (location: SourceLocation | undefined, fallbackFile: string): string =>
  location ? `${location.file}:${location.line}:${location.column}${location.field ? ` (${location.field})` : ''}` : fallbackFile;
