import { splitPointer } from '../input/index.js';
import type { Patch } from '../rules/index.js';

/**
 * Apply an example patch to a copy of the data: each JSON Pointer is set to its value, `null` removes it,
 * and `-` as the last token appends to a list. Missing parents are created. The input is never changed.
 */
export function applyPatch<T>(data: T, patch: Patch): T {
  const copy = structuredClone(data) as unknown;
  for (const [pointer, value] of Object.entries(patch)) {
    const tokens = splitPointer(pointer);
    const last = tokens.pop();
    if (last === undefined) continue;
    let parent = copy as Record<string, unknown>;
    tokens.forEach((token, index) => {
      if (parent[token] === undefined || parent[token] === null) parent[token] = /^\d+$|^-$/.test(tokens[index + 1] ?? last) ? [] : {};
      parent = parent[token] as Record<string, unknown>;
    });
    if (Array.isArray(parent) && last === '-') parent.push(structuredClone(value));
    else if (value === null) Array.isArray(parent) ? parent.splice(Number(last), 1) : delete parent[last];
    else parent[last] = structuredClone(value);
  }
  return copy as T;
}
