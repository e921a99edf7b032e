import type { Diagnostic } from '../input/index.js';
import { compileSchema, composeAssessmentSchema, type JsonSchema, type SectionSchema, type ValidateFunction } from '../schema/index.js';
import { checkGroupPacks } from './check-group-packs.js';
import { compilePack, describeRule, rulesInForce, type RuleHeading } from './compile-pack.js';
import { loadPackFile } from './load-pack.js';
import { precompiledValidator } from './precompiled.js';
import { createRuleEnvironment, type RuleEnvironment } from './rule-environment.js';
import { selectEditions } from './select-editions.js';
import type { AppliedEditions, CompiledRule, Pack } from './types.js';

/** Everything a run needs from the packs, built once: the composed schema, its validator, compiled rules. */
export interface RuleSet {
  packs: Pack[];
  schema: JsonSchema;
  validate: ValidateFunction;
  ruleEnv: RuleEnvironment;
  /** Every rule in force, in id order (compiling the packs not compiled yet). */
  readonly rules: CompiledRule[];
  /**
   * The rules in force for an enterprise of these sectors — the general pack's and those of its sectors — in id
   * order. A pack taken from the build is compiled the first time an enterprise needs it, so a run over
   * general enterprises never compiles the coal pack.
   */
  rulesFor(sectors: readonly string[]): CompiledRule[];
  /** The same rules as reports name them, without compiling any pack (a run whose results all came from the cache). */
  headingsFor(sectors: readonly string[]): RuleHeading[];
  /** Per pack with editions: those deciding the audit date, and the notice when none is in force. */
  editions: AppliedEditions[];
}

/**
 * Load, validate and compile packs for one audit date: the bundled ones, then a group's own (`--rules`), which
 * must not collide with them. Any diagnostic means the run cannot go on.
 */
export async function loadRuleSet(files: readonly string[], asOf: string, groupFiles: readonly string[] = []): Promise<{ ruleSet?: RuleSet; diagnostics: Diagnostic[] }> {
  const loaded = await loadPacks(files, groupFiles);
  if (!loaded.packs) return { diagnostics: loaded.diagnostics };
  return buildRuleSet(loaded.packs, asOf, await precompiledValidator());
}

/** The bundled and the group packs read and checked (not yet compiled): all of them, or every problem found. */
export async function loadPacks(files: readonly string[], groupFiles: readonly string[] = []): Promise<{ packs?: Pack[]; diagnostics: Diagnostic[] }> {
  const loaded = await Promise.all([...files.map((file) => loadPackFile(file)), ...groupFiles.map((file) => loadPackFile(file, { origin: 'group' }))]);
  const packs = loaded.flatMap((result) => (result.value ? [result.value] : []));
  const fileDiagnostics = loaded.flatMap((result) => result.diagnostics);
  const diagnostics = fileDiagnostics.length ? fileDiagnostics : checkGroupPacks(packs.filter((pack) => !pack.origin), packs.filter((pack) => pack.origin));
  return diagnostics.length ? { diagnostics } : { packs, diagnostics };
}

/**
 * `precompiled` offers a validator compiled at build time, used only for the schema it was compiled from.
 * Packs read from their YAML are compiled here, so their errors stop the run before it starts; packs taken
 * from the build (already parsed and checked) are compiled on first use.
 */
export function buildRuleSet(
  packs: Pack[],
  asOf: string,
  precompiled?: (schema: JsonSchema) => ValidateFunction | undefined,
): { ruleSet?: RuleSet; diagnostics: Diagnostic[] } {
  const sections: SectionSchema[] = packs.flatMap((pack) =>
    pack.section && pack.schema ? [{ sector: pack.sector, section: pack.section, schema: pack.schema, ...(pack.origin ? { group: pack.pack } : {}) }] : [],
  );
  const schema = composeAssessmentSchema(sections);
  const ruleEnv = createRuleEnvironment(schema, asOf);
  const compiled = new Map<Pack, CompiledRule[]>();
  const compile = (pack: Pack): Diagnostic[] => {
    if (compiled.has(pack)) return [];
    const result = compilePack(pack, ruleEnv);
    compiled.set(pack, result.rules);
    return result.diagnostics;
  };
  const diagnostics = packs.filter((pack) => !pack.precompiled).flatMap(compile);
  if (diagnostics.length) return { diagnostics };
  const chosenRules = new Map<string, CompiledRule[]>();
  const rulesOf = (chosen: readonly Pack[]): CompiledRule[] => {
    const key = chosen.map((pack) => packs.indexOf(pack)).join(',');
    const known = chosenRules.get(key);
    if (known) return known;
    const problems = chosen.flatMap(compile);
    // A pack the build parsed and checked that does not compile is a broken build, not a user's mistake.
    if (problems.length) throw new Error(`a precompiled pack does not compile: ${problems.map((problem) => problem.code).join(', ')}`);
    const rules = chosen.flatMap((pack) => compiled.get(pack)!).sort(byId);
    chosenRules.set(key, rules);
    return rules;
  };
  const editions = packs.flatMap((pack) => {
    const applied = selectEditions(pack, asOf);
    return applied ? [applied] : [];
  });
  const validate = precompiled?.(schema) ?? compileSchema(schema);
  const ruleSet: RuleSet = {
    packs, schema, validate, ruleEnv, editions,
    get rules() {
      return rulesOf(packs);
    },
    rulesFor: (sectors) => rulesOf(packs.filter((pack) => pack.sector === 'general' || sectors.includes(pack.sector))),
    headingsFor: (sectors) =>
      packs
        .filter((pack) => pack.sector === 'general' || sectors.includes(pack.sector))
        .flatMap((pack) => {
          const applied = selectEditions(pack, asOf);
          return rulesInForce(pack, applied).map(({ spec }) => describeRule(pack, spec, asOf, applied));
        })
        .sort(byId),
  };
  return { ruleSet, diagnostics };
}

const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
