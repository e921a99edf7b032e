import { columnLetters, type SourceLocation } from '../input/index.js';

/**
 * `file:line:col`, the form editors and terminals turn into links; a CSV cell adds its header:
 * `hazards.csv:7:4 (整改期限)`; a workbook's cell is `file!sheet!cell`: `台账.xlsx!隐患排查治理台账!F7 (整改期限)`.
 */
export const formatLocation = (location: SourceLocation | undefined, fallbackFile: string): string => {
  if (!location) return fallbackFile;
  const field = location.field ? ` (${location.field})` : '';
  if (location.sheet !== undefined) return `${location.file}!${location.sheet}!${columnLetters(location.column)}${location.line}${field}`;
  return `${location.file}:${location.line}:${location.column}${field}`;
};
