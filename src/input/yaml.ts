// The only module that imports `yaml`: text → plain data + a JSON Pointer source map.
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseAllDocuments, type Node, type YAMLError } from 'yaml';
import { errorAt, type Diagnostic } from './diagnostics.js';
import { escapePointerToken } from './pointer.js';
import type { Parsed, SourceLocation } from './types.js';

export interface ParsedYaml {
  data: Record<string, unknown>;
  sourceMap: Map<string, SourceLocation>;
}

/** Parse one YAML document that must be a mapping; every value keeps its line and column. */
export function parseYaml(text: string, file: string): Parsed<ParsedYaml> {
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
  const syntax = list.flatMap((doc) => doc.errors).map((error) => yamlDiagnostic(error, at, text));
  if (syntax.length) return { diagnostics: syntax };
  const second = list[1];
  if (second) {
    return { diagnostics: [errorAt('yaml-multiple-documents', { key: 'yaml-multiple-documents' }, at(second.range[0]))] };
  }
  if (!isMap(first.contents)) {
    return { diagnostics: [errorAt('yaml-not-mapping', { key: 'yaml-not-mapping' }, at(first.contents.range?.[0] ?? 0))] };
  }
  const sourceMap = new Map<string, SourceLocation>([['', at(first.contents.range?.[0] ?? 0)]]);
  mapNode(first.contents, '', sourceMap, at);
  return { value: { data: first.toJS({ maxAliasCount: 1000 }) as Record<string, unknown>, sourceMap }, diagnostics: [] };
}

function yamlDiagnostic(error: YAMLError, at: (offset: number) => SourceLocation, text: string): Diagnostic {
  const location = at(error.pos[0]);
  if (error.code === 'DUPLICATE_KEY') {
    const key = /^["']?([^:"'\n]*)/.exec(text.slice(error.pos[0]))?.[1]?.trim() ?? '';
    return errorAt('yaml-duplicate-key', { key: 'yaml-duplicate-key', params: { name: key } }, location);
  }
  const detail = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? error.code;
  return errorAt('yaml-syntax', { key: 'yaml-syntax', params: { detail } }, location);
}

/** Record the location of every key (for mapping values) and item (for sequence entries). */
function mapNode(node: Node, pointer: string, sourceMap: Map<string, SourceLocation>, at: (offset: number) => SourceLocation): void {
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      const child = `${pointer}/${escapePointerToken(key)}`;
      const keyStart = isScalar(pair.key) ? pair.key.range?.[0] : undefined;
      const value = pair.value as Node | null;
      if (keyStart !== undefined) sourceMap.set(child, at(keyStart));
      if (value && !isAlias(value)) mapNode(value, child, sourceMap, at);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, index) => {
      const child = `${pointer}/${index}`;
      const start = (item as Node | null)?.range?.[0];
      if (start !== undefined) sourceMap.set(child, at(start));
      if (item && !isAlias(item)) mapNode(item as Node, child, sourceMap, at);
    });
  }
}
