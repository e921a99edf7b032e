import { applyOverrides, type RuleAdjustment, type RuleSetting } from '../engine/index.js';
import type { Lang } from '../i18n/index.js';
import { formatDiagnostic } from '../report/index.js';
import type { RuleSet } from '../rules/index.js';
import type { CliIo } from './io.js';

/** The rule set as the config sets it (severities, disabled rules); on a setting refused, each printed, located, and nothing. */
export function adjustRules(ruleSet: RuleSet, settings: readonly RuleSetting[], io: CliIo, lang: Lang): { ruleSet: RuleSet; adjustments: RuleAdjustment[] } | undefined {
  const { rules, adjustments, diagnostics } = applyOverrides(ruleSet.rules, settings);
  for (const diagnostic of diagnostics) io.stderr.write(`${formatDiagnostic(diagnostic, diagnostic.location?.file ?? '', lang)}\n`);
  return diagnostics.length ? undefined : { ruleSet: { ...ruleSet, rules }, adjustments };
}
