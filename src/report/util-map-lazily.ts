/** Each item mapped as it is read: a table of 50,000 rows is never made whole before it is written. */
export function* mapLazily<T, U>(items: Iterable<T>, map: (item: T) => U): Generator<U> {
  for (const item of items) yield map(item);
}
