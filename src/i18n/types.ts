export type Lang = 'zh' | 'en';

export const LANGS: readonly Lang[] = ['zh', 'en'];

/** A text in both languages, as rule packs write them. */
export interface Localized {
  zh: string;
  en: string;
}

/** A message of the tool's own: a catalog key and its parameters, rendered in the reader's language. */
export interface MessageRef {
  key: string;
  /** A parameter may itself be in both languages (a document's title); the reader's is used. */
  params?: Record<string, string | number | Localized>;
}
