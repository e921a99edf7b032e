export { assemblePack, loadPack, loadPackFile, parsePack } from './load-pack.js';
export { compilePack, rulesInForce } from './compile-pack.js';
export { loadRuleSet, buildRuleSet, type RuleSet } from './load-rule-set.js';
export { createRuleEnvironment, toRuleContext, type RuleEnvironment } from './rule-environment.js';
export { celFunctions, countBy, dayNumber, minuteNumber, sumBy, tiered, wholeMonthsBetween } from './cel-functions.js';
export { SEVERITIES, DIMENSIONS } from './types.js';
export { dayAfter, selectEditions } from './select-editions.js';
export type { AppliedEditions, EditionSpec, Citation, CompiledRule, Dimension, Pack, PackLets, Patch, Program, RuleSpec, Severity, SourceSpec, Template } from './types.js';
export { MANIFEST, PRECOMPILED, VALIDATOR, buildId, bytesDigest, locationsFile, type Manifest, type PackLocations, type PrecompiledPack } from './precompiled.js';
