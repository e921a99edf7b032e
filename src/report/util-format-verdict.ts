import type { DimensionState, EnterpriseResult } from '../engine/index.js';
import { t, type Lang } from '../i18n/index.js';

/** The verdict in words, with the count of undecided checks beside it when there are any: 重大隐患（挂牌督办）（另有 3 项未能判定）. */
export function formatVerdict(result: EnterpriseResult, lang: Lang): string {
  const words = t(lang, `verdict-${result.verdict}`);
  return result.undecided > 0 && result.verdict !== 'incomplete' ? `${words} (${t(lang, 'verdict-undecided', { count: result.undecided })})` : words;
}

/** ✔ in place, ✖ a gap, ? undecided (未能判定). */
export const STATE_MARK: Record<DimensionState, string> = { 'in-place': '✔', gap: '✖', undecided: '?' };
