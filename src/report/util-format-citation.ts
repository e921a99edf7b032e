import { t, type Lang } from '../i18n/index.js';
import type { Citation } from '../rules/index.js';

/** A citation as a client reads it: the text, and a short marker when it rests on a secondary or unconfirmed source. */
export function formatCitation(source: Citation, lang: Lang): string {
  const marker = source.confidence === 'S' || source.confidence === 'U' ? t(lang, `citation-${source.confidence}`) : undefined;
  return marker ? `${source.text[lang]} [${marker}]` : source.text[lang];
}
