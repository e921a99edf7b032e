// One enterprise's problems as one list: YAML, ledger and schema problems together, sorted by file and
// line, the schema's echoes of problems already reported left out, and at most MAX_DIAGNOSTICS per file.
import { errorAt, type Diagnostic } from './diagnostics.js';
import { MAX_DIAGNOSTICS } from './limits.js';

/** The assessment's own file first, then the others by name; in each, by line and column. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[], first: string): Diagnostic[] {
  const fileRank = (d: Diagnostic) => (d.location?.file === first ? '' : `~${d.location?.file ?? ''}`);
  const compare = (a: Diagnostic, b: Diagnostic) => {
    const [fa, fb] = [fileRank(a), fileRank(b)];
    if (fa !== fb) return fa < fb ? -1 : 1;
    return (a.location?.line ?? 0) - (b.location?.line ?? 0) || (a.location?.column ?? 0) - (b.location?.column ?? 0);
  };
  return [...diagnostics].sort(compare);
}

/**
 * Schema problems about values already reported (a cell that could not be read, a ledger left out, a list
 * given twice) say the same thing again: a bad date in a required column must not also be "missing".
 */
export function withoutReported(schemaProblems: readonly Diagnostic[], reported: readonly string[]): Diagnostic[] {
  // Sets, not a scan per problem: a 50,000-row ledger with a bad required column has 50,000 of each.
  const roots = new Set(reported);
  const ancestors = new Set(reported.flatMap(prefixes));
  return schemaProblems.filter(({ pointer, message }) => pointer === undefined
    || !(prefixes(pointer).some((prefix) => roots.has(prefix)) || (message.key === 'schema-required' && ancestors.has(pointer))));
}

/** `/a/0/b` → `/a/0/b`, `/a/0`, `/a`. */
function prefixes(pointer: string): string[] {
  const found: string[] = [];
  for (let end = pointer.length; end > 0; end = pointer.lastIndexOf('/', end - 1)) found.push(pointer.slice(0, end));
  return found;
}

/**
 * At most MAX_DIAGNOSTICS per file, in the order given, each file's list closed by one line saying how many
 * more there were (counting those a ledger reader already left out, whose `diagnostics-truncated` it carries).
 */
export function capDiagnostics(diagnostics: readonly Diagnostic[], fallbackFile: string): Diagnostic[] {
  const byFile = new Map<string, { kept: Diagnostic[]; more: number }>();
  for (const diagnostic of diagnostics) {
    const file = diagnostic.location?.file ?? fallbackFile;
    const group = byFile.get(file) ?? { kept: [], more: 0 };
    byFile.set(file, group);
    if (diagnostic.code === 'diagnostics-truncated') group.more += Number(diagnostic.message.params?.count ?? 0);
    else if (group.kept.length < MAX_DIAGNOSTICS) group.kept.push(diagnostic);
    else group.more += 1;
  }
  return [...byFile].flatMap(([file, { kept, more }]) => (more ? [...kept, truncated(file, more)] : kept));
}

const truncated = (file: string, count: number) =>
  errorAt('diagnostics-truncated', { key: 'diagnostics-truncated', params: { count, max: MAX_DIAGNOSTICS } }, { file, line: 1, column: 1 });
