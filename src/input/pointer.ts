// JSON Pointers (RFC 6901): the one way every stage names a value in an assessment.

export const escapePointerToken = (token: string): string => (/[~/]/.test(token) ? token.replace(/~/g, '~0').replace(/\//g, '~1') : token);

export const unescapePointerToken = (token: string): string => token.replace(/~1/g, '/').replace(/~0/g, '~');

export function splitPointer(pointer: string): string[] {
  return pointer === '' ? [] : pointer.slice(1).split('/').map(unescapePointerToken);
}

export const joinPointer = (tokens: readonly (string | number)[]): string =>
  tokens.map((token) => `/${escapePointerToken(String(token))}`).join('');

/** `/hazards/2/deadline` → `hazards[2].deadline`, the form a safety manager reads. */
export function pointerToPath(pointer: string): string {
  return splitPointer(pointer).reduce((path, token) => (/^\d+$/.test(token) ? `${path}[${token}]` : path ? `${path}.${token}` : token), '');
}

/** The location of a pointer, or of its nearest ancestor that has one (a missing field points at its parent). */
export function locatePointer(sourceMap: ReadonlyMap<string, import('./types.js').SourceLocation>, pointer: string) {
  for (let current = pointer; ; current = current.slice(0, current.lastIndexOf('/'))) {
    const location = sourceMap.get(current);
    if (location || current === '') return location;
  }
}
