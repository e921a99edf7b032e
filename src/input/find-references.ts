// One walk for the includes an assessment names (`{ $csv: … }`, `{ $xlsx: … }`): the pointer of every object
// that `isReference` accepts, in document order, without looking inside it.
import { joinPointer } from './pointer.js';

export function findReferences(data: unknown, isReference: (record: Record<string, unknown>) => boolean): { pointer: string; record: Record<string, unknown> }[] {
  const found: { pointer: string; record: Record<string, unknown> }[] = [];
  // One path, extended and shortened as the walk goes: no array per value visited.
  const tokens: string[] = [];
  const walk = (value: unknown) => {
    if (!value || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    if (!Array.isArray(value) && isReference(record)) {
      found.push({ pointer: joinPointer(tokens), record });
      return;
    }
    for (const key of Object.keys(record)) {
      tokens.push(key);
      walk(record[key]);
      tokens.pop();
    }
  };
  walk(data);
  return found;
}
