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
  /** CEL environments with `it` bound to a list's item type, made once per item type. */
  itemEnvironments: Map<string, Environment>;
}

export function createRuleEnvironment(schema: JsonSchema, asOf: string): RuleEnvironment {
  const types = mapSchemaToCel(schema, 'Assessment');
  const env = new Environment({ homogeneousAggregateLiterals: false });
  for (const message of types.messages) env.registerType(message.name, { ctor: message.ctor, fields: message.fields });
  for (const [section, child] of Object.entries(schema.properties ?? {})) env.registerVariable(section, types.typeOf(child));
  env.registerConstant('asOf', 'string', asOf);
  for (const fn of celFunctions(asOf)) env.registerFunction(fn.signature, fn.handler as (...args: unknown[]) => unknown, { description: fn.description });
  return { env, types, schema, asOf, itemEnvironments: new Map() };
}

/** The environment in which `it` is one item of type `itemType`. */
export function itemEnvironment(ruleEnv: RuleEnvironment, itemType: string): Environment {
  const known = ruleEnv.itemEnvironments.get(itemType);
  if (known) return known;
  const env = ruleEnv.env.clone().registerVariable('it', itemType);
  ruleEnv.itemEnvironments.set(itemType, env);
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
