import { splitPointer } from '../input/index.js';
import type { Patch } from '../rules/index.js';

/**
 * Apply an example patch to the data: each JSON Pointer is set to its value, `null` removes it, and `-` as the
 * last token appends to a list. Missing parents are created. The input is never changed: the lists and objects on
 * each pointer's way are copied and the rest is shared, so a pack's thousand examples do not copy the fixture a
 * thousand times.
 */
export function applyPatch<T>(data: T, patch: Patch): T {
  let patched: unknown = data;
  for (const [pointer, value] of Object.entries(patch)) {
    const tokens = splitPointer(pointer);
    if (tokens.length) patched = setAt(patched, tokens, value);
  }
  return patched as T;
}

type Container = Record<string, unknown> | unknown[];

/** A copy of `node` (created when missing: a list for an index or `-`, else an object) with `value` at `tokens`. */
function setAt(node: unknown, [token, ...rest]: string[], value: unknown): Container {
  const existing = node === undefined || node === null ? (/^\d+$|^-$/.test(token!) ? [] : {}) : (node as Container);
  const copy: Container = Array.isArray(existing) ? [...existing] : { ...existing };
  const fields = copy as Record<string, unknown>;
  if (rest.length) fields[token!] = setAt(fields[token!], rest, value);
  else if (Array.isArray(copy) && token === '-') copy.push(structuredClone(value));
  else if (value === null) Array.isArray(copy) ? copy.splice(Number(token), 1) : delete fields[token!];
  else fields[token!] = structuredClone(value);
  return copy;
}
