/** Follow field names through CEL values (typed objects or plain data); undefined when any step is missing. */
export function resolvePath(root: unknown, tokens: readonly string[]): unknown {
  let value = root;
  for (const token of tokens) {
    if (value === null || typeof value !== 'object') return undefined;
    value = value instanceof Map ? value.get(token) : (value as Record<string, unknown>)[token];
  }
  return value;
}
