import type { Diagnostic } from '../input/index.js';
import { compileSchema, composeAssessmentSchema, type JsonSchema, type SectionSchema, type ValidateFunction } from '../schema/index.js';
import { checkGroupPacks } from './check-group-packs.js';
import { compilePack } from './compile-pack.js';
import { loadPackFile } from './load-pack.js';
import { precompiledValidator } from './precompiled.js';
import { createRuleEnvironment, type RuleEnvironment } from './rule-environment.js';
import type { AppliedEditions, CompiledRule, Pack } from './types.js';

/** Everything a run needs from the packs, built once: the composed schema, its validator, compiled rules. */
export interface RuleSet {
  packs: Pack[];
  schema: JsonSchema;
  validate: ValidateFunction;
  ruleEnv: RuleEnvironment;
  rules: CompiledRule[];
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

/** `precompiled` offers a validator compiled at build time, used only for the schema it was compiled from. */
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
  const compiled = packs.map((pack) => compilePack(pack, ruleEnv));
  const diagnostics = compiled.flatMap((result) => result.diagnostics);
  if (diagnostics.length) return { diagnostics };
  const rules = compiled.flatMap((result) => result.rules).sort((a, b) => a.id.localeCompare(b.id));
  const editions = compiled.flatMap((result) => (result.applied ? [result.applied] : []));
  const validate = precompiled?.(schema) ?? compileSchema(schema);
  return { ruleSet: { packs, schema, validate, ruleEnv, rules, editions }, diagnostics };
}
