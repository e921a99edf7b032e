import { translate, type Lang } from '../i18n/index.js';
import { pointerToPath, type Diagnostic } from '../input/index.js';
import { formatLocation } from './util-format-location.js';

/** `fixtures/x.yaml:12:5 hazards[2].deadline: 应为日期 YYYY-MM-DD` */
export function formatDiagnostic(diagnostic: Diagnostic, file: string, lang: Lang): string {
  const path = diagnostic.pointer ? pointerToPath(diagnostic.pointer) : '';
  const where = formatLocation(diagnostic.location, file);
  return `${where} ${path ? `${path}: ` : ''}${translate(lang, diagnostic.message)}`;
}
