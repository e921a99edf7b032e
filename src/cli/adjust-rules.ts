// The packs and rules a run checks, as the config chooses them: bundled packs left out (`packs:`), severities
// set and rules disabled (`severityOverrides:`, `disabled:`). Every bundled pack is still loaded, since the
// general pack's expressions read every sector's section; a pack left out only checks nothing.
import { applyOverrides, type RuleAdjustment, type RuleOutline, type RuleSetting } from '../engine/index.js';
import type { Diagnostic } from '../input/index.js';
import type { Lang } from '../i18n/index.js';
import { formatDiagnostic } from '../report/index.js';
import type { CompiledRule, RuleSet } from '../rules/index.js';
import { bundledPackIds } from './config-file.js';
import type { CliIo } from './io.js';

export interface RuleChoice {
  /** Ids of the bundled packs to check; undefined: every one. A group's own packs are never left out. */
  packs?: string[];
  ruleSettings: RuleSetting[];
}

/**
 * The rule set as the config chooses it, the adjustments made, and any setting refused (then nothing applies).
 * The settings are vetted against the rules' headings, and each sector's rules are compiled and adjusted when an
 * enterprise first needs them, as without a config.
 */
export function chooseRules(ruleSet: RuleSet, choice: RuleChoice): { ruleSet: RuleSet; adjustments: RuleAdjustment[]; diagnostics: Diagnostic[] } {
  // Nothing chosen: the rule set as loaded.
  if (choice.packs === undefined && choice.ruleSettings.length === 0) return { ruleSet, adjustments: [], diagnostics: [] };
  const bundled = new Set(bundledPackIds());
  const left = (id: string) => choice.packs !== undefined && bundled.has(id) && !choice.packs.includes(id);
  const { adjustments, diagnostics } = applyOverrides(outlines(ruleSet).filter((rule) => !left(rule.pack.id)), choice.ruleSettings);
  if (diagnostics.length) return { ruleSet, adjustments: [], diagnostics };
  /** The settings applied to some of the rules (those of some sectors): each setting of a rule among them. */
  const adjust = <Rule extends RuleOutline>(rules: readonly Rule[]): Rule[] => {
    const kept = rules.filter((rule) => !left(rule.pack.id));
    const ids = new Set(kept.map((rule) => rule.id));
    return applyOverrides(kept, choice.ruleSettings.filter((setting) => ids.has(setting.ruleId))).rules;
  };
  const bySectors = new Map<string, CompiledRule[]>();
  const rulesFor = (sectors: readonly string[]) => {
    const key = [...sectors].sort().join(',');
    let rules = bySectors.get(key);
    if (!rules) bySectors.set(key, (rules = adjust(ruleSet.rulesFor(sectors))));
    return rules;
  };
  // Not a spread of `ruleSet`: that would read its `rules`, compiling every pack.
  const chosen: RuleSet = {
    schema: ruleSet.schema,
    validate: ruleSet.validate,
    ruleEnv: ruleSet.ruleEnv,
    packs: ruleSet.packs.filter((pack) => !left(pack.pack)),
    editions: ruleSet.editions.filter((applied) => !left(applied.pack)),
    get rules() {
      return rulesFor(ruleSet.packs.map((pack) => pack.sector));
    },
    rulesFor,
    headingsFor: (sectors) => adjust(ruleSet.headingsFor(sectors)),
  };
  return { ruleSet: chosen, adjustments, diagnostics: [] };
}

/** Every rule in force as its heading, with the severities its `escalate` steps raise it to: what a setting is vetted against. */
function outlines(ruleSet: RuleSet): RuleOutline[] {
  const escalations = new Map(ruleSet.packs.flatMap((pack) => pack.rules.map((spec) => [spec.id, spec.escalate ?? []] as const)));
  return ruleSet.headingsFor(ruleSet.packs.map((pack) => pack.sector)).map((heading) => ({ ...heading, escalate: escalations.get(heading.id) ?? [] }));
}

/** The same, each refused setting printed, located; nothing when one is refused. */
export function adjustRules(ruleSet: RuleSet, choice: RuleChoice, io: CliIo, lang: Lang): { ruleSet: RuleSet; adjustments: RuleAdjustment[] } | undefined {
  const { ruleSet: chosen, adjustments, diagnostics } = chooseRules(ruleSet, choice);
  for (const diagnostic of diagnostics) io.stderr.write(`${formatDiagnostic(diagnostic, diagnostic.location?.file ?? '', lang)}\n`);
  return diagnostics.length ? undefined : { ruleSet: chosen, adjustments };
}
