import { catalog, type MessageKey } from './catalog.js';
import type { Lang, MessageRef } from './types.js';

/** Render a catalog message in `lang`, filling `{name}` placeholders from `params`. */
export function translate(lang: Lang, ref: MessageRef): string {
  const entry = catalog[ref.key as MessageKey];
  if (!entry) return ref.key;
  return entry[lang].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = ref.params?.[name];
    if (value === undefined) return whole;
    return typeof value === 'object' ? value[lang] : String(value);
  });
}

/** Shorthand for the tool's own fixed words (table headings, verdict names). */
export function t(lang: Lang, key: MessageKey, params?: Record<string, string | number>): string {
  return translate(lang, { key, params });
}
