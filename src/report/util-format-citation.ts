import { t, type Lang } from '../i18n/index.js';
import type { Citation } from '../rules/index.js';

/** A citation as a client reads it: the text, and a short marker when it rests on a secondary or unconfirmed source. */
export function formatCitation(source: Citation, lang: Lang): string {
  const markers = [
    ...(source.repealedOn ? [t(lang, 'citation-repealed', { date: source.repealedOn })] : []),
    ...(source.inForceFrom ? [t(lang, 'citation-not-yet', { date: source.inForceFrom })] : []),
    ...(source.confidence === 'S' || source.confidence === 'U' ? [t(lang, `citation-${source.confidence}`)] : []),
  ];
  return markers.length ? `${source.text[lang]} [${markers.join('; ')}]` : source.text[lang];
}
