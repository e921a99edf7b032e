// The packs and rules a run checks, as the config chooses them: bundled packs left out (`packs:`), severities
// set and rules disabled (`severityOverrides:`, `disabled:`). Every bundled pack is still loaded, since the
// general pack's expressions read every sector's section; a pack left out only checks nothing.
import { applyOverrides, type RuleAdjustment, type RuleSetting } from '../engine/index.js';
import type { Diagnostic } from '../input/index.js';
import type { Lang } from '../i18n/index.js';
import { formatDiagnostic } from '../report/index.js';
import type { RuleSet } from '../rules/index.js';
import { bundledPackIds } from './config-file.js';
import type { CliIo } from './io.js';

export interface RuleChoice {
  /** Ids of the bundled packs to check; undefined: every one. A group's own packs are never left out. */
  packs?: string[];
  ruleSettings: RuleSetting[];
}

/** The rule set as the config chooses it, the adjustments made, and any setting refused (then nothing applies). */
export function chooseRules(ruleSet: RuleSet, choice: RuleChoice): { ruleSet: RuleSet; adjustments: RuleAdjustment[]; diagnostics: Diagnostic[] } {
  // Nothing chosen: the rule set as loaded, its packs still compiled only when an enterprise needs them.
  if (choice.packs === undefined && choice.ruleSettings.length === 0) return { ruleSet, adjustments: [], diagnostics: [] };
  const bundled = new Set(bundledPackIds());
  const left = (id: string) => choice.packs !== undefined && bundled.has(id) && !choice.packs.includes(id);
  const chosen = ruleSet.rules.filter((rule) => !left(rule.pack.id));
  const { rules, adjustments, diagnostics } = applyOverrides(chosen, choice.ruleSettings);
  const packs = ruleSet.packs.filter((pack) => !left(pack.pack));
  const editions = ruleSet.editions.filter((applied) => !left(applied.pack));
  const rulesFor = (sectors: readonly string[]) => rules.filter((rule) => rule.pack.sector === 'general' || sectors.includes(rule.pack.sector));
  return { ruleSet: { ...ruleSet, packs, rules, rulesFor, headingsFor: rulesFor, editions }, adjustments, diagnostics };
}

/** The same, each refused setting printed, located; nothing when one is refused. */
export function adjustRules(ruleSet: RuleSet, choice: RuleChoice, io: CliIo, lang: Lang): { ruleSet: RuleSet; adjustments: RuleAdjustment[] } | undefined {
  const { ruleSet: chosen, adjustments, diagnostics } = chooseRules(ruleSet, choice);
  for (const diagnostic of diagnostics) io.stderr.write(`${formatDiagnostic(diagnostic, diagnostic.location?.file ?? '', lang)}\n`);
  return diagnostics.length ? undefined : { ruleSet: chosen, adjustments };
}
