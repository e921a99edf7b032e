// `rules editions [--as-of DATE]`: per pack, the editions of its standard encoded, their in-force windows,
// and which decide the audit date — with the notice when none of them is in force on it.
import { newTable } from './cli-table.js';
import { t, translate } from '../i18n/index.js';
import { EXIT } from './exit-code.js';
import type { CliIo } from './io.js';
import { loadRules } from './load-rules.js';
import { parseAsOf, parseLang } from './options.js';
import { bundledPackFiles } from './package-info.js';
import { inSector, type RulesOptions } from './rules-test.js';
import { groupPackFiles } from './group-packs.js';

export async function runRulesEditions(options: RulesOptions, io: CliIo): Promise<number> {
  const lang = parseLang(options.lang, io.env);
  const asOf = parseAsOf(options.asOf, io.now());
  const ruleSet = await loadRules(bundledPackFiles(), asOf, io, lang, await groupPackFiles(options.rules, io.cwd));
  if (!ruleSet) return EXIT.invalid;
  const table = newTable({ head: ['pack', t(lang, 'html-editions'), t(lang, 'editions-window'), t(lang, 'editions-applies', { asOf })], style: { head: [], border: [] } });
  const notices: string[] = [];
  for (const pack of ruleSet.packs.filter(inSector(options.sector))) {
    const applied = ruleSet.editions.find((candidate) => candidate.pack === pack.pack);
    if (!pack.editions?.length) {
      table.push([`${pack.pack}@${pack.version}`, t(lang, 'editions-none'), '', '✔']);
      continue;
    }
    for (const edition of pack.editions) {
      const source = pack.sources[edition.source]!;
      const used = applied?.editions.some((candidate) => candidate.id === edition.id) ?? false;
      table.push([`${pack.pack}@${pack.version}`, `${source[lang]} (${edition.id})`, `${edition.from ?? '…'} → ${edition.until ?? ''}`, used ? (applied?.notice ? '⚠' : '✔') : '']);
    }
    if (applied?.notice) notices.push(`⚠ ${pack.pack}: ${translate(lang, applied.notice)}`);
  }
  io.stdout.write(`${[table.toString(), ...notices].join('\n')}\n`);
  return EXIT.ok;
}
