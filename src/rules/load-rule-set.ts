import type { Diagnostic } from '../input/index.js';
import { compileSchema, composeAssessmentSchema, type JsonSchema, type SectionSchema, type ValidateFunction } from '../schema/index.js';
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

/** Load, validate and compile packs for one audit date. Any diagnostic means the run cannot go on. */
export async function loadRuleSet(files: readonly string[], asOf: string): Promise<{ ruleSet?: RuleSet; diagnostics: Diagnostic[] }> {
  const loaded = await Promise.all(files.map((file) => loadPackFile(file)));
  const diagnostics = loaded.flatMap((result) => result.diagnostics);
  const packs = loaded.flatMap((result) => (result.value ? [result.value] : []));
  if (diagnostics.length) return { diagnostics };
  return buildRuleSet(packs, asOf, await precompiledValidator());
}

/** `precompiled` offers a validator compiled at build time, used only for the schema it was compiled from. */
export function buildRuleSet(
  packs: Pack[],
  asOf: string,
  precompiled?: (schema: JsonSchema) => ValidateFunction | undefined,
): { ruleSet?: RuleSet; diagnostics: Diagnostic[] } {
  const sections: SectionSchema[] = packs.flatMap((pack) =>
    pack.section && pack.schema ? [{ sector: pack.sector, section: pack.section, schema: pack.schema }] : [],
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
