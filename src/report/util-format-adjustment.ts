import type { RuleAdjustment } from '../engine/index.js';
import { t, type Lang } from '../i18n/index.js';
import { formatLocation } from './util-format-location.js';

/** `GEN-MGT-003：级别由「一般隐患」调低为「提示」（safety-audit.config.yaml:14:3）`, as every report lists it. */
export function formatAdjustment(adjustment: RuleAdjustment, lang: Lang): string {
  const severity = (value: string) => t(lang, `severity-${value}` as Parameters<typeof t>[1]);
  const text = adjustment.kind === 'disabled'
    ? t(lang, 'adjustment-disabled', { rule: adjustment.ruleId, severity: severity(adjustment.severity), reason: adjustment.reason })
    : t(lang, `adjustment-${adjustment.direction}`, { rule: adjustment.ruleId, from: severity(adjustment.from), to: severity(adjustment.to) });
  return adjustment.location ? `${text}${t(lang, 'adjustment-where', { where: formatLocation(adjustment.location, adjustment.location.file) })}` : text;
}
