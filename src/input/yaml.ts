// Text → plain data + a JSON Pointer source map. A plain document is read by yaml-fast.ts; anything else, and
// every problem, by `yaml` (the only module that imports it, on first use), which says where and why.
import { createRequire } from 'node:module';
import type { Alias, Node, YAMLError } from 'yaml';
import { isSafeNumber } from './coerce-cell.js';
import { errorAt, type Diagnostic } from './diagnostics.js';
import { escapePointerToken } from './pointer.js';
import { explainSyntaxErrors } from './yaml-hints.js';
import type { Parsed, SourceLocation } from './types.js';
import { SourceMapWithTables } from './table-source-map.js';
import { readPlainYaml } from './yaml-fast.js';

const require = createRequire(import.meta.url);
let yamlLibrary: typeof import('yaml') | undefined;
const yaml = () => (yamlLibrary ??= require('yaml') as typeof import('yaml'));

export interface ParsedYaml {
  data: Record<string, unknown>;
  sourceMap: SourceMapWithTables;
}

/** Deepest nesting read (a real assessment is under 10 levels); deeper is refused before anything recurses. */
export const MAX_DEPTH = 100;
/** Aliases expanded per document: enough for any real use of anchors, far too few for an alias bomb. */
export const MAX_ALIASES = 1000;
/**
 * Tokens read from one YAML file: a real self-assessment has a few thousand, a 10,000-row ledger written in
 * YAML about half a million. Beyond that, parsing alone would take gigabytes: ledgers that large go in CSV.
 */
export const MAX_TOKENS = 500_000;

/**
 * Parse one YAML document that must be a mapping; every value keeps its line and column. Never throws:
 * an alias bomb, an alias without its anchor, nesting too deep or a number out of range is a located
 * diagnostic of this file.
 */
export function parseYaml(text: string, file: string): Parsed<ParsedYaml> {
  const plain = readPlainYaml(text, file, MAX_DEPTH, MAX_TOKENS);
  return plain ? { value: plain, diagnostics: [] } : readYamlFully(text, file);
}

/** `parseYaml` by `yaml` alone: what the plain reader hands on, and the answer it is held to in tests. */
export function readYamlFully(text: string, file: string): Parsed<ParsedYaml> {
  const tooMany = findTooManyTokens(text);
  if (tooMany !== undefined) return { diagnostics: [errorAt('yaml-too-large', { key: 'yaml-too-many-values', params: { max: MAX_TOKENS } }, locateOffset(text, tooMany, file))] };
  const tooDeep = findTooDeep(text);
  if (tooDeep !== undefined) return { diagnostics: [errorAt('yaml-too-deep', { key: 'yaml-too-deep', params: { max: MAX_DEPTH } }, locateOffset(text, tooDeep, file))] };
  try {
    return parseDocument(text, file);
  } catch (error) {
    // The parser itself ran out of stack: say it in the user's words, never in V8's.
    if (error instanceof RangeError) return { diagnostics: [errorAt('yaml-too-deep', { key: 'yaml-too-deep', params: { max: MAX_DEPTH } }, { file, line: 1, column: 1 })] };
    throw error;
  }
}

function parseDocument(text: string, file: string): Parsed<ParsedYaml> {
  const { LineCounter, isMap, parseAllDocuments } = yaml();
  const lineCounter = new LineCounter();
  const documents = parseAllDocuments(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  const at = (offset: number): SourceLocation => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };
  const list = Array.isArray(documents) ? documents : [documents];
  const first = list[0];
  if (!first || first.contents === null) {
    return { diagnostics: [errorAt('yaml-empty', { key: 'yaml-empty' }, { file, line: 1, column: 1 })] };
  }
  const syntax = syntaxDiagnostics(list.flatMap((doc) => doc.errors), at, text);
  if (syntax.length) return { diagnostics: syntax };
  const second = list[1];
  if (second) {
    return { diagnostics: [errorAt('yaml-multiple-documents', { key: 'yaml-multiple-documents' }, at(second.range[0]))] };
  }
  if (!isMap(first.contents)) {
    return { diagnostics: [errorAt('yaml-not-mapping', { key: 'yaml-not-mapping' }, at(first.contents.range?.[0] ?? 0))] };
  }
  const sourceMap = new SourceMapWithTables([['', at(first.contents.range?.[0] ?? 0)]]);
  const problems: Diagnostic[] = [];
  mapNode(first.contents, '', sourceMap, at, problems);
  if (problems.length) return { diagnostics: problems };
  try {
    return { value: { data: first.toJS({ maxAliasCount: MAX_ALIASES }) as Record<string, unknown>, sourceMap }, diagnostics: [] };
  } catch (error) {
    return { diagnostics: [aliasDiagnostic(error, first.contents, at)] };
  }
}

/** `toJS` refuses an alias that expands too far or names no anchor; point at the first alias concerned. */
function aliasDiagnostic(error: unknown, root: Node, at: (offset: number) => SourceLocation): Diagnostic {
  const message = error instanceof Error ? error.message : String(error);
  const aliases: Alias[] = [];
  yaml().visit(root, { Alias: (_key, node) => void aliases.push(node) });
  const unresolved = /Unresolved alias[^:]*: (.+)$/.exec(message)?.[1]?.trim();
  const alias = aliases.find((node) => unresolved === undefined || node.source === unresolved) ?? aliases[0];
  const location = at(alias?.range?.[0] ?? root.range?.[0] ?? 0);
  if (unresolved !== undefined) return errorAt('yaml-alias', { key: 'yaml-alias-unresolved', params: { name: unresolved } }, location);
  return errorAt('yaml-alias', { key: 'yaml-alias-limit', params: { max: MAX_ALIASES } }, location);
}

/** The offset of the token past MAX_TOKENS, counted by the lexer alone (no tree is built), if there is one. */
function findTooManyTokens(text: string): number | undefined {
  // Every counted token takes at least one character: a shorter text cannot have too many, and is not lexed twice.
  if (text.length <= MAX_TOKENS) return undefined;
  let count = 0;
  let offset = 0;
  for (const token of new (yaml().Lexer)().lex(text)) {
    if (token.length > 0 && token[0] !== ' ' && token[0] !== '\n' && ++count > MAX_TOKENS) return offset;
    offset += token.length;
  }
  return undefined;
}

/** The offset where brackets or indentation first nest deeper than MAX_DEPTH, found without recursion. */
function findTooDeep(text: string): number | undefined {
  let brackets = 0;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = undefined;
      else if (c === '\\' && quote === '"') i++;
      else if (c === '\n') quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#') while (i < text.length && text[i] !== '\n') i++;
    else if (c === '[' || c === '{') {
      if (++brackets > MAX_DEPTH) return i;
    } else if (c === ']' || c === '}') brackets = Math.max(0, brackets - 1);
  }
  // Block nesting: two columns of indentation a level at the least.
  const indent = /^( *)(?:- +)*\S/gm;
  for (let match = indent.exec(text); match; match = indent.exec(text)) {
    const depth = match[0].length / 2;
    if (depth > MAX_DEPTH * 2) return match.index;
  }
  return undefined;
}

function locateOffset(text: string, offset: number, file: string): SourceLocation {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { file, line, column: offset - before.lastIndexOf('\n') };
}

/** Duplicate keys by name; other syntax errors with their likely cause (yaml-hints.ts) where one fits, at its place. */
function syntaxDiagnostics(errors: YAMLError[], at: (offset: number) => SourceLocation, text: string): Diagnostic[] {
  const firstLine = (error: YAMLError) => error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? error.code;
  const duplicates = errors.filter((error) => error.code === 'DUPLICATE_KEY').map((error) => {
    const key = /^["']?([^:"'\n]*)/.exec(text.slice(error.pos[0]))?.[1]?.trim() ?? '';
    return errorAt('yaml-duplicate-key', { key: 'yaml-duplicate-key', params: { name: key } }, at(error.pos[0]));
  });
  const others = errors.filter((error) => error.code !== 'DUPLICATE_KEY').map((error) => ({ code: error.code, pos: error.pos, message: firstLine(error) }));
  const explained = explainSyntaxErrors(others, text).map(({ error, hint, offset, params }) => hint
    ? errorAt('yaml-syntax', { key: `yaml-hint-${hint}`, params: { detail: error.message, ...params } }, at(offset))
    : errorAt('yaml-syntax', { key: 'yaml-syntax', params: { detail: error.message } }, at(offset)));
  return [...duplicates, ...explained];
}

/** Record the location of every key (for mapping values) and item (for sequence entries); refuse numbers JSON cannot hold exactly. */
function mapNode(node: Node, pointer: string, sourceMap: Map<string, SourceLocation>, at: (offset: number) => SourceLocation, problems: Diagnostic[]): void {
  const { isAlias, isMap, isScalar, isSeq } = yaml();
  if (isScalar(node) && typeof node.value === 'number' && !isSafeNumber(node.value, node.source ?? String(node.value))) {
    problems.push(errorAt('number-out-of-range', { key: 'number-out-of-range', params: { value: node.source ?? String(node.value) } }, at(node.range?.[0] ?? 0), pointer));
  } else if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      const child = `${pointer}/${escapePointerToken(key)}`;
      const value = pair.value as Node | null;
      // An include (`{ $csv: hazards.csv }`) is located at the file name it gives, where a missing file is said.
      const start = key === '$csv' && isScalar(value) ? value.range?.[0] : isScalar(pair.key) ? pair.key.range?.[0] : undefined;
      if (start !== undefined) sourceMap.set(child, at(start));
      // `　　region: 山西`: a full-width space is no indentation to YAML, so the key silently starts with it.
      if (/^\u3000|\u3000$/.test(key) && isScalar(pair.key)) problems.push(errorAt('yaml-syntax', { key: 'yaml-hint-fullwidth-space' }, at(pair.key.range?.[0] ?? 0)));
      if (value && !isAlias(value)) mapNode(value, child, sourceMap, at, problems);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, index) => {
      const child = `${pointer}/${index}`;
      const start = (item as Node | null)?.range?.[0];
      if (start !== undefined) sourceMap.set(child, at(start));
      if (item && !isAlias(item)) mapNode(item as Node, child, sourceMap, at, problems);
    });
  }
}
