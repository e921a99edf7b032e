import type { SourceLocation } from '../input/index.js';

/** `file:line:col`, the form editors and terminals turn into links. */
export const formatLocation = (location: SourceLocation | undefined, fallbackFile: string): string =>
  location ? `${location.file}:${location.line}:${location.column}` : fallbackFile;
