import type { Environment } from '@marcbachmann/cel-js';
import type { JsonSchema } from '../schema/index.js';
import { errorAt, locatePointer, type Diagnostic } from '../input/index.js';
import { itemEnvironment, type RuleEnvironment } from './rule-environment.js';
import { readExpression } from './expression-reads.js';
import { dayAfter, selectEditions } from './select-editions.js';
import type { AppliedEditions, Citation, CompiledRule, Pack, PackLets, Program, RuleSpec, Template } from './types.js';

type Compiled<T> = { value?: T; diagnostics: Diagnostic[] };

/** Parse and type-check every expression of a pack once; a misspelt field is an error naming the rule and the field. */
export function compilePack(pack: Pack, ruleEnv: RuleEnvironment): { rules: CompiledRule[]; applied?: AppliedEditions; diagnostics: Diagnostic[] } {
  const applied = selectEditions(pack, ruleEnv.asOf);
  const lets = compileLets(pack, ruleEnv, applied);
  if (!lets.value) return { rules: [], diagnostics: lets.diagnostics };
  const { env, packLets } = lets.value;
  const inForce = rulesInForce(pack, applied);
  const results = inForce.map(({ spec, index }) => compileRule(pack, spec, `/rules/${index}`, ruleEnv, env, packLets, applied));
  const letReads = readLets(pack);
  return {
    rules: results.flatMap((result) =>
      result.value ? [{ ...result.value, reads: readRule(result.value.spec, letReads, 'all'), whenReads: readRule(result.value.spec, letReads, 'when') }] : [],
    ),
    ...(applied ? { applied } : {}),
    diagnostics: results.flatMap((result) => result.diagnostics),
  };
}

/** The pack's rules in force on the audit date: a rule that names editions only when one of them decides it. */
export function rulesInForce(pack: Pack, applied: AppliedEditions | undefined): { spec: RuleSpec; index: number }[] {
  return pack.rules.flatMap((spec, index) => (!spec.editions || applied?.editions.some((edition) => edition.id in spec.editions!) ? [{ spec, index }] : []));
}

/** How many of the pack's rules are in force: for a pack of the build, from its list of each rule's editions, without reading the rules. */
export function countRulesInForce(pack: Pack, applied: AppliedEditions | undefined): number {
  const ruleEditions = pack.ruleEditions ?? pack.rules.map((spec) => (spec.editions ? Object.keys(spec.editions) : null));
  return ruleEditions.filter((ids) => !ids || applied?.editions.some((edition) => ids.includes(edition.id))).length;
}

/** What a report says of a rule, without compiling it: its id, pack, title, severity, dimension, citations and remediation. */
export type RuleHeading = Pick<CompiledRule, 'id' | 'pack' | 'title' | 'severity' | 'dimension' | 'sources' | 'edition' | 'remediation'>;

export function describeRule(pack: Pack, spec: RuleSpec, asOf: string, applied?: AppliedEditions): RuleHeading {
  return {
    id: spec.id,
    pack: { id: pack.pack, version: pack.version, sector: pack.sector, ...(pack.origin ? { origin: pack.origin } : {}) },
    title: spec.title,
    severity: spec.severity,
    dimension: spec.dimension,
    sources: withoutRepeats(pack, citeEditions(pack, spec, applied), citeInForce(pack, spec.basis, asOf)),
    ...editionOf(spec, applied),
    remediation: spec.remediation,
  };
}

/** The member chains each `let` reads, its own and those of the lets it names. */
function readLets(pack: Pack): Map<string, string[]> {
  const reads = new Map<string, string[]>();
  for (const [name, expression] of Object.entries(pack.let ?? {})) {
    const { chains, names } = readExpression(expression);
    reads.set(name, [...chains, ...names.flatMap((used) => reads.get(used) ?? [])]);
  }
  return reads;
}

/** The member chains a rule reads through `each`, `when`, `assert`, `at`, `escalate` and the lets it names (or through `each` and `when` only). */
function readRule(spec: RuleSpec, letReads: Map<string, string[]>, part: 'all' | 'when'): string[] {
  const expressions = part === 'when' ? [spec.each, spec.when] : [spec.each, spec.when, spec.assert, spec.at, ...(spec.escalate ?? []).map((step) => step.when)];
  const reads = expressions.filter((text): text is string => text !== undefined).map(readExpression);
  return [...new Set(reads.flatMap(({ chains, names }) => [...chains, ...names.flatMap((name) => letReads.get(name) ?? [])]))];
}

/**
 * A pack's `let` names, each type-checked and then visible to the ones after it and to the pack's rules. A pack
 * with editions also gets `editionsInForce`: the ids of its editions that decide the audit date, so an expression
 * can follow the pack's own windows instead of repeating their dates.
 */
function compileLets(pack: Pack, ruleEnv: RuleEnvironment, applied?: AppliedEditions): Compiled<{ env: Environment; packLets?: PackLets }> {
  if (!pack.let && !pack.editions) return { value: { env: ruleEnv.env }, diagnostics: [] };
  const env = ruleEnv.env.clone();
  if (pack.editions) env.registerConstant('editionsInForce', 'list<string>', (applied?.editions ?? []).map((edition) => edition.id));
  if (!pack.let) return { value: { env }, diagnostics: [] };
  const definitions: PackLets['definitions'] = [];
  for (const [name, expression] of Object.entries(pack.let)) {
    const pointer = `/let/${name}`;
    const located = (code: Diagnostic['code'], detail: string) => ({
      diagnostics: [errorAt(code, { key: code, params: { rule: `let ${name}`, field: 'let', detail } }, locatePointer(pack.sourceMap, pointer), pointer)],
    });
    if (env.hasVariable(name)) return located('cel-type-error', `${name} is already defined`);
    const compiled = compileExpression(env, expression);
    if (!compiled.program) return located(compiled.code, compiled.detail);
    env.registerVariable(name, compiled.type);
    definitions.push({ name, program: compiled.program });
  }
  return { value: { env, packLets: { pack: pack.pack, definitions } }, diagnostics: [] };
}

function compileRule(
  pack: Pack,
  spec: RuleSpec,
  pointer: string,
  ruleEnv: RuleEnvironment,
  packEnv: Environment,
  packLets?: PackLets,
  applied?: AppliedEditions,
): Compiled<CompiledRule> {
  const fail = (code: Diagnostic['code'], field: string, detail: string): Compiled<CompiledRule> => ({
    diagnostics: [errorAt(code, { key: code, params: { rule: spec.id, field, detail } }, locatePointer(pack.sourceMap, `${pointer}/${field}`), `${pointer}/${field}`)],
  });
  let env: Environment = packEnv;
  if (spec.each) {
    if (!ruleEnv.schema.properties?.[spec.each.split('.')[0] ?? '']) return fail('cel-type-error', 'each', `${spec.each} is not a path in the assessment`);
    const checked = env.check(spec.each);
    const itemType = checked.valid ? /^list<(.+)>$/.exec(String(checked.type))?.[1] : undefined;
    if (!itemType) return fail('cel-type-error', 'each', checked.valid ? `${checked.type} is not a list` : firstLine(checked.error));
    env = itemEnvironment(ruleEnv, packEnv, itemType);
  }
  const programs: Record<string, Program> = {};
  for (const field of ['when', 'assert'] as const) {
    const expression = spec[field];
    if (expression === undefined) continue;
    const compiled = compileExpression(env, expression, 'bool');
    if (!compiled.program) return fail(compiled.code, field, compiled.detail);
    programs[field] = compiled.program;
  }
  const escalate: NonNullable<CompiledRule['escalate']> = [];
  for (const [index, entry] of (spec.escalate ?? []).entries()) {
    if (severityRank(entry.severity) <= severityRank(spec.severity)) return fail('pack-escalate-lower', `escalate/${index}/severity`, `${entry.severity} is not above ${spec.severity}`);
    const compiled = compileExpression(env, entry.when, 'bool');
    if (!compiled.program) return fail(compiled.code, `escalate/${index}/when`, compiled.detail);
    escalate.push({ severity: entry.severity, when: compiled.program, sources: citeInForce(pack, entry.basis ?? [], ruleEnv.asOf) });
  }
  if (spec.at) {
    const checked = env.check(spec.at);
    if (!checked.valid) return fail('cel-type-error', 'at', firstLine(checked.error));
  }
  const message = pack.precompiled ? messageOnUse(env, spec) : compileMessage(env, spec);
  if ('field' in message) return fail('cel-type-error', message.field, message.detail);
  return {
    value: {
      ...describeRule(pack, spec, ruleEnv.asOf, applied),
      ...(spec.each ? { each: spec.each.split('.') } : {}),
      ...(programs.when ? { when: programs.when } : {}),
      ...(escalate.length ? { escalate } : {}),
      assert: programs.assert!,
      ...(spec.at ? { at: spec.at.split('.') } : spec.each ? {} : { at: defaultAt(spec.assert, ruleEnv) }),
      message: message as CompiledRule['message'],
      ...(packLets ? { lets: packLets } : {}),
      spec,
      reads: [],
      whenReads: [],
      ...(pack.sourceMap.get(pointer) ? { location: pack.sourceMap.get(pointer)! } : {}),
    },
    diagnostics: [],
  };
}

type CompiledExpression =
  | { program: Program; type: string; code?: never; detail?: never }
  | { program?: never; type?: never; code: 'cel-syntax' | 'cel-type-error' | 'cel-not-boolean'; detail: string };

/**
 * Parse once and type-check that very parse: the program then carries its checked types, so its first
 * evaluation does not check it again, and the text is not parsed a second time to be checked.
 */
function compileExpression(env: Environment, expression: string, expected?: string): CompiledExpression {
  let parsed: ReturnType<Environment['parse']>;
  try {
    parsed = env.parse(expression);
  } catch (error) {
    return { code: 'cel-syntax', detail: firstLine(error) };
  }
  const checked = parsed.check();
  if (!checked.valid) return { code: 'cel-type-error', detail: firstLine(checked.error) };
  if (expected && String(checked.type) !== expected) return { code: 'cel-not-boolean', detail: String(checked.type) };
  return { program: parsed as unknown as Program, type: String(checked.type) };
}

/** A rule's message in both languages, compiled; on an error, the field at fault (`message/zh`) and why. */
function compileMessage(env: Environment, spec: RuleSpec): CompiledRule['message'] | { field: string; detail: string } {
  const message: Partial<CompiledRule['message']> = {};
  for (const lang of ['zh', 'en'] as const) {
    const template = compileTemplate(env, spec.message[lang]);
    if (typeof template === 'string') return { field: `message/${lang}`, detail: template };
    message[lang] = template;
  }
  return message as CompiledRule['message'];
}

/**
 * The message of a rule of a pack the build compiled whole (build-precompiled.ts), each language compiled the
 * first time a finding needs it: a check that finds nothing wrong with a rule never compiles its message.
 */
function messageOnUse(env: Environment, spec: RuleSpec): CompiledRule['message'] {
  const message = {} as CompiledRule['message'];
  for (const lang of ['zh', 'en'] as const) {
    let template: Template | undefined;
    const compile = () => {
      const compiled = compileTemplate(env, spec.message[lang]);
      if (typeof compiled === 'string') throw new Error(`a precompiled pack's message does not compile: ${spec.id} message/${lang}: ${compiled}`);
      return compiled;
    };
    Object.defineProperty(message, lang, { get: () => (template ??= compile()), enumerable: true });
  }
  return message;
}

/** `"隐患 ${it.id} 已逾期"` → literal parts and compiled `${…}` expressions; a string on error. */
function compileTemplate(env: Environment, text: string): Template | string {
  const parts: Template = [];
  const pattern = /\$\{([^}]+)\}/g;
  let last = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    parts.push(text.slice(last, match.index));
    const compiled = compileExpression(env, match[1] ?? '');
    if (!compiled.program) return `\${${match[1]}}: ${compiled.detail}`;
    parts.push(compiled.program);
    last = match.index + match[0].length;
  }
  parts.push(text.slice(last));
  return parts.filter((part) => part !== '');
}

/** The rule's item in each edition deciding the date: `矿安〔2022〕88号 一（一）1`. */
function citeEditions(pack: Pack, spec: RuleSpec, applied?: AppliedEditions): Citation[] {
  if (!spec.editions || !applied) return [];
  return applied.editions.flatMap((edition) => {
    const item = spec.editions![edition.id];
    return item === undefined ? [] : [cite(pack, `${edition.source}#${item}`)];
  });
}

/**
 * The edition's item, unless the basis already cites that item of the same document (with its wording or
 * a confidence marker of its own): a reader sees each article once.
 */
function withoutRepeats(pack: Pack, editions: Citation[], basis: Citation[]): Citation[] {
  const title = (citation: Citation) => pack.sources[citation.source]!.zh;
  const repeated = (edition: Citation) => basis.some((other) => title(other) === title(edition) && edition.item !== undefined && (other.item ?? '').startsWith(edition.item));
  return [...editions.filter((edition) => !repeated(edition)), ...basis];
}

function editionOf(spec: RuleSpec, applied?: AppliedEditions): Pick<CompiledRule, 'edition'> {
  const edition = spec.editions && applied?.editions.find((candidate) => candidate.id in spec.editions!);
  return edition ? { edition: { id: edition.id, ...(applied!.notice ? { notice: applied!.notice } : {}) } } : {};
}

/**
 * Citations of the texts in force on the audit date: a source outside its window (特别规定 after 2024-05-01)
 * is left out while another basis remains; when it is the only one, it stays, marked with the day it ended.
 */
function citeInForce(pack: Pack, basis: readonly string[], asOf: string): Citation[] {
  const all = basis.map((entry) => cite(pack, entry));
  const inForce = (citation: Citation) => {
    const source = pack.sources[citation.source]!;
    return (source.from === undefined || source.from <= asOf) && (source.until === undefined || asOf <= source.until);
  };
  const current = all.filter(inForce);
  if (current.length) return current;
  return all.map((citation) => {
    const { from, until } = pack.sources[citation.source]!;
    if (until !== undefined && until < asOf) return { ...citation, repealedOn: dayAfter(until) };
    return from !== undefined && asOf < from ? { ...citation, inForceFrom: from } : citation;
  });
}

function cite(pack: Pack, entry: string): Citation {
  const [key = entry, item] = entry.split('#');
  const source = pack.sources[key]!;
  const suffix = item ? ` ${item}` : '';
  return {
    source: key,
    ...(item ? { item } : {}),
    text: { zh: `${source.zh}${suffix}`, en: `${source.en}${suffix}` },
    ...(source.url ? { url: source.url } : {}),
    ...(source.confidence ? { confidence: source.confidence } : {}),
    ...(source.note ? { note: source.note } : {}),
  };
}

/** Where a whole-assessment rule points when it names no `at`: the first section path its assertion reads. */
function defaultAt(assert: string, ruleEnv: RuleEnvironment): string[] {
  for (const [path] of assert.matchAll(/\b[a-z][A-Za-z0-9]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*/g)) {
    const tokens: string[] = [];
    let schema: JsonSchema | undefined = ruleEnv.schema;
    for (const token of path.split('.')) {
      schema = schema?.properties?.[token];
      if (!schema) break;
      tokens.push(token);
    }
    if (tokens.length) return tokens;
  }
  return [];
}

const severityRank = (severity: string) => ['advisory', 'general', 'major', 'shutdown'].indexOf(severity);

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? message;
}
