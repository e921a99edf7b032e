import { LANGS, type Lang } from '../i18n/index.js';
import type { CliIo } from './io.js';

/** The report language for messages printed before or without option parsing: `--lang`, else the environment, else zh. */
export function safeLang(argv: string[], io: CliIo): Lang {
  const index = argv.indexOf('--lang');
  const lang = (index >= 0 ? argv[index + 1] : undefined) ?? io.env.SAFETY_AUDIT_LANG ?? 'zh';
  return (LANGS as readonly string[]).includes(lang) ? (lang as Lang) : 'zh';
}
