import { Environment } from '@marcbachmann/cel-js';
import type { JsonSchema } from '../schema/index.js';
import { celFunctions } from './cel-functions.js';
import { mapSchemaToCel, toCelValue, type CelTypeMap } from './cel-types.js';

/** The CEL world rules are compiled in: the assessment's types, its sections as variables, the helpers for one audit date. */
export interface RuleEnvironment {
  env: Environment;
  types: CelTypeMap;
  schema: JsonSchema;
  asOf: string;
  /** CEL environments with `it` bound to a list's item type, made once per base environment and item type. */
  itemEnvironments: WeakMap<Environment, Map<string, Environment>>;
}

export function createRuleEnvironment(schema: JsonSchema, asOf: string): RuleEnvironment {
  const types = mapSchemaToCel(schema, 'Assessment');
  const env = new Environment({ homogeneousAggregateLiterals: false });
  for (const message of types.messages) env.registerType(message.name, { ctor: message.ctor, fields: message.fields });
  for (const [section, child] of Object.entries(schema.properties ?? {})) env.registerVariable(section, types.typeOf(child));
  env.registerConstant('asOf', 'string', asOf);
  for (const fn of celFunctions(asOf)) env.registerFunction(fn.signature, fn.handler as (...args: unknown[]) => unknown, { description: fn.description });
  return { env, types, schema, asOf, itemEnvironments: new WeakMap() };
}

/** `base` (the run's environment, or a pack's with its `let` names) with `it` bound to one item of `itemType`. */
export function itemEnvironment(ruleEnv: RuleEnvironment, base: Environment, itemType: string): Environment {
  let byType = ruleEnv.itemEnvironments.get(base);
  if (!byType) ruleEnv.itemEnvironments.set(base, (byType = new Map()));
  const known = byType.get(itemType);
  if (known) return known;
  const env = base.clone().registerVariable('it', itemType);
  byType.set(itemType, env);
  return env;
}

/** Assessment data → the variables rules read (one per top-level section), as CEL values. */
export function toRuleContext(ruleEnv: RuleEnvironment, data: Record<string, unknown>): Record<string, unknown> {
  const context: Record<string, unknown> = {};
  for (const [section, value] of Object.entries(data)) {
    context[section] = toCelValue(value, ruleEnv.schema.properties?.[section], ruleEnv.types);
  }
  return context;
}
