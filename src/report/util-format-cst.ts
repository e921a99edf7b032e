import { t, type Lang } from '../i18n/index.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const CST_OFFSET_MS = 8 * 3600 * 1000;

/**
 * A run's `generatedAt` (an ISO instant) as a reader in China reads the clock: 2026年12月4日 16:30 (北京时间),
 * UTC+8 all year (China keeps no summer time). A value that is not an instant is shown as given.
 */
export function formatChinaTime(iso: string, lang: Lang): string {
  const instant = Date.parse(iso);
  if (Number.isNaN(instant)) return iso;
  const at = new Date(instant + CST_OFFSET_MS);
  const pad = (n: number) => String(n).padStart(2, '0');
  return t(lang, 'doc-generated-cst', {
    year: at.getUTCFullYear(),
    month: at.getUTCMonth() + 1,
    monthName: MONTHS[at.getUTCMonth()]!,
    day: at.getUTCDate(),
    time: `${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())}`,
  });
}
