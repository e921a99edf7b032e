// A group's own settings over the packs' rules: severities raised or lowered, rules disabled with a reason.
// The notice orders a shutdown-level situation shut down without exception (一律停产整顿): such a rule may be
// raised to nothing higher, but never lowered nor disabled. Every change is kept as an adjustment, so that
// every report says what the group changed and where it said so.
import { t, type Localized } from '../i18n/index.js';
import { errorAt, type Diagnostic, type SourceLocation } from '../input/index.js';
import type { CompiledRule, Severity } from '../rules/index.js';

/** One setting of the group: a rule's severity set, or the rule disabled with why. */
export type RuleSetting =
  | { kind: 'severity'; ruleId: string; severity: Severity; location?: SourceLocation }
  | { kind: 'disabled'; ruleId: string; reason: string; location?: SourceLocation };

/** What a run changed in the packs' rules, as every report shows it. */
export type RuleAdjustment =
  | { kind: 'severity'; ruleId: string; pack: string; from: Severity; to: Severity; direction: 'raised' | 'lowered' | 'unchanged'; location?: SourceLocation }
  | { kind: 'disabled'; ruleId: string; pack: string; severity: Severity; reason: string; location?: SourceLocation };

const severityName = (severity: Severity): Localized => ({ zh: t('zh', `severity-${severity}`), en: t('en', `severity-${severity}`) });

const RANK: Record<Severity, number> = { advisory: 0, general: 1, major: 2, shutdown: 3 };

/**
 * What a setting is vetted and applied against: a compiled rule, or a rule's heading with the severities its
 * `escalate` steps raise it to (so that a config is vetted without compiling any pack).
 */
export type RuleOutline = Pick<CompiledRule, 'id' | 'severity' | 'pack'> & { escalate?: readonly { severity: Severity }[] };

/** Shutdown-level: the rule's own severity, or one an `escalate` step raises it to. */
const canShutDown = (rule: RuleOutline) => rule.severity === 'shutdown' || (rule.escalate ?? []).some((step) => step.severity === 'shutdown');

/**
 * The rules as the group set them, and the adjustments made; any setting that cannot be accepted (an unknown
 * rule, a shutdown-level rule lowered or disabled) is an error at its place in the config, and nothing applies.
 */
export function applyOverrides<Rule extends RuleOutline>(rules: readonly Rule[], settings: readonly RuleSetting[]): { rules: Rule[]; adjustments: RuleAdjustment[]; diagnostics: Diagnostic[] } {
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  const diagnostics = settings.flatMap((setting) => vetSetting(setting, byId.get(setting.ruleId)));
  if (diagnostics.length) return { rules: [...rules], adjustments: [], diagnostics };
  const disabled = new Set(settings.filter((setting) => setting.kind === 'disabled').map((setting) => setting.ruleId));
  // A rule both disabled and given a severity is disabled: that is what the report says.
  const adjustments = settings.filter((setting) => setting.kind === 'disabled' || !disabled.has(setting.ruleId)).map((setting) => adjustmentOf(setting, byId.get(setting.ruleId)!));
  const severities = new Map(settings.flatMap((setting) => (setting.kind === 'severity' ? [[setting.ruleId, setting.severity] as const] : [])));
  const adjusted = rules.filter((rule) => !disabled.has(rule.id)).map((rule) => {
    const severity = severities.get(rule.id);
    return severity === undefined ? rule : withSeverity(rule, severity);
  });
  return { rules: adjusted, adjustments, diagnostics: [] };
}

function vetSetting(setting: RuleSetting, rule: RuleOutline | undefined): Diagnostic[] {
  const params = { rule: setting.ruleId };
  if (!rule) return [errorAt('config-unknown-rule', { key: 'config-unknown-rule', params }, setting.location)];
  if (setting.kind === 'disabled' && canShutDown(rule)) return [errorAt('config-disable-shutdown', { key: 'config-disable-shutdown', params }, setting.location)];
  if (setting.kind === 'severity' && rule.severity === 'shutdown' && setting.severity !== 'shutdown') {
    return [errorAt('config-lower-shutdown', { key: 'config-lower-shutdown', params: { ...params, severity: severityName(setting.severity) } }, setting.location)];
  }
  // A rule escalated to shutdown level only in some cases may be lowered: its shutdown escalation stays.
  return [];
}

function adjustmentOf(setting: RuleSetting, rule: RuleOutline): RuleAdjustment {
  const where = setting.location ? { location: setting.location } : {};
  if (setting.kind === 'disabled') return { kind: 'disabled', ruleId: rule.id, pack: rule.pack.id, severity: rule.severity, reason: setting.reason, ...where };
  const direction = RANK[setting.severity] > RANK[rule.severity] ? 'raised' : RANK[setting.severity] < RANK[rule.severity] ? 'lowered' : 'unchanged';
  return { kind: 'severity', ruleId: rule.id, pack: rule.pack.id, from: rule.severity, to: setting.severity, direction, ...where };
}

/**
 * The rule at the group's severity. `escalate` steps stay only where they still raise it: a rule raised to
 * shutdown level is never lowered again by a step to major, and a lowered rule keeps the statute's escalation.
 */
function withSeverity<Rule extends RuleOutline>(rule: Rule, severity: Severity): Rule {
  const escalate = (rule.escalate ?? []).filter((step) => RANK[step.severity] > RANK[severity]);
  const { escalate: _old, ...rest } = rule;
  return { ...rest, severity, ...(escalate.length ? { escalate } : {}) } as Rule;
}
