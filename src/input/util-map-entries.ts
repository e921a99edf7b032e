/** What a `mapEntries` callback returns to remove an object's entry. */
export const DROP: unique symbol = Symbol('drop');

/**
 * A list or object with each entry passed through `map` (`DROP` removes an object's entry). It is copied only
 * when an entry changes, and what holds no change is returned as it is; the input is never changed.
 */
export function mapEntries(value: object, map: (child: unknown, key: string) => unknown): object {
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    value.forEach((item: unknown, index) => {
      const mapped = map(item, String(index));
      if (mapped !== item) (copy ??= [...value])[index] = mapped;
    });
    return copy ?? value;
  }
  const record = value as Record<string, unknown>;
  let copy: Record<string, unknown> | undefined;
  for (const key of Object.keys(record)) {
    const child = record[key];
    const mapped = map(child, key);
    if (mapped === DROP) delete (copy ??= { ...record })[key];
    else if (mapped !== child) (copy ??= { ...record })[key] = mapped;
  }
  return copy ?? value;
}
