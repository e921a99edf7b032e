// What an expression reads, for telling which rules a missing CSV column leaves undecided: the dotted member
// chains it names (`it.sis.installed`, `u.procedures.issuedOn`, `hazardousChemicals.units.all`) and its
// bare identifiers (a pack `let` such as `highRisk`). Read from the text, string literals removed.

const STRING_LITERAL = /"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g;
const CHAIN = /(?<![\w.])([A-Za-z_]\w*)((?:\s*\.\s*[A-Za-z_]\w*)+)/g;
const IDENTIFIER = /(?<![\w.])[A-Za-z_]\w*/g;

export interface ExpressionReads {
  chains: string[];
  names: string[];
}

export function readExpression(expression: string): ExpressionReads {
  const code = expression.replace(STRING_LITERAL, '""');
  const chains = [...code.matchAll(CHAIN)].map((match) => `${match[1]}${(match[2] ?? '').replace(/\s+/g, '')}`);
  const names = [...new Set(code.match(IDENTIFIER) ?? [])];
  return { chains: [...new Set(chains)], names };
}
