import type { Localized } from '../i18n/index.js';
import type { AppliedEditions, EditionSpec, Pack } from './types.js';

const inForceOn = (edition: EditionSpec, day: string) => (edition.from === undefined || edition.from <= day) && (edition.until === undefined || day <= edition.until);

/** The day after `date` (YYYY-MM-DD), when a replaced edition stopped applying. */
export function dayAfter(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

/**
 * The editions of a pack that decide an audit date: those in force on it. When none is (the date is after
 * the last encoded edition ended, or before the first began), the nearest encoded one still decides and the
 * notice says so — never a silent citation of a text not in force. Undefined for a pack without editions.
 */
export function selectEditions(pack: Pack, asOf: string): AppliedEditions | undefined {
  const editions = [...(pack.editions ?? [])].sort((a, b) => (a.from ?? '').localeCompare(b.from ?? ''));
  if (editions.length === 0) return undefined;
  const inForce = editions.filter((edition) => inForceOn(edition, asOf));
  if (inForce.length) return { pack: pack.pack, editions: inForce };
  const title = (chosen: EditionSpec[]): Localized => {
    const names = chosen.map((edition) => pack.sources[edition.source]!);
    return { zh: names.map((name) => name.zh).join('、'), en: names.map((name) => name.en).join('; ') };
  };
  const first = editions[0]!;
  if (first.from !== undefined && asOf < first.from) {
    const from = first.from;
    const chosen = editions.filter((edition) => inForceOn(edition, from));
    return { pack: pack.pack, editions: chosen, notice: { key: 'edition-not-yet', params: { edition: title(chosen), from } } };
  }
  const lastDay = editions.filter((edition) => (edition.from ?? '') <= asOf).map((edition) => edition.until!).sort().at(-1)!;
  const chosen = editions.filter((edition) => inForceOn(edition, lastDay));
  const replacedBy = chosen.find((edition) => edition.replacedBy)?.replacedBy ?? { zh: '新版', en: 'a newer text' };
  return { pack: pack.pack, editions: chosen, notice: { key: 'edition-superseded', params: { edition: title(chosen), since: dayAfter(lastDay), replacedBy } } };
}
