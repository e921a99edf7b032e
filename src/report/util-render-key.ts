import type { Lang } from '../i18n/index.js';

/** The formats that can write an enterprise as an earlier run wrote it (`EnterpriseList.renderedAs`). */
export type RenderedFormat = 'json';

/** What an enterprise's text is kept under: the format and the language it was written in. */
export const renderKey = (format: RenderedFormat, lang: Lang): string => `${format}:${lang}`;
