/** A place in a document given to `streamJsonArrays` where an array is written in pieces: `hole('results')`. */
export const hole = (name: string): string => `\u0000${name}\u0000`;

/** An item of a streamed array that has arrays of its own to stream (an enterprise and its findings). */
export class StreamedJson {
  constructor(readonly document: unknown, readonly arrays: Record<string, Iterable<unknown>>) {}
}

/** An item of a streamed array as an earlier run wrote it (kept by `--cache`), at the indentation it was written at. */
export class RenderedJson {
  constructor(readonly text: string, readonly indent: string) {}
}

/**
 * `JSON.stringify(document, null, 2)` with each `hole(name)` value in it replaced by `arrays[name]` written as
 * an array one item at a time — the same bytes, without ever holding the whole text. `indent` is where the
 * document itself stands (an item of an outer array).
 */
export function* streamJsonArrays(document: unknown, arrays: Record<string, Iterable<unknown>>, indent = ''): Generator<string> {
  const text = JSON.stringify(document, null, 2).replaceAll('\n', `\n${indent}`);
  const holes = Object.keys(arrays)
    .map((name) => ({ name, at: text.indexOf(JSON.stringify(hole(name))) }))
    .sort((a, b) => a.at - b.at);
  let from = 0;
  for (const { name, at } of holes) {
    if (at < 0) throw new Error(`streamJsonArrays: the document has no hole named ${name}`);
    yield text.slice(from, at);
    yield* streamArray(arrays[name]!, /^ */.exec(text.slice(text.lastIndexOf('\n', at) + 1))![0]);
    from = at + JSON.stringify(hole(name)).length;
  }
  yield text.slice(from);
}

/** Items as JSON.stringify writes an array whose line is indented by `indent`. */
function* streamArray(items: Iterable<unknown>, indent: string): Generator<string> {
  const inner = `${indent}  `;
  let first = true;
  for (const item of items) {
    if (item instanceof StreamedJson) {
      yield `${first ? '[' : ','}\n${inner}`;
      yield* streamJsonArrays(item.document, item.arrays, inner);
    } else if (item instanceof RenderedJson) {
      if (item.indent !== inner) throw new Error(`streamArray: a text rendered at ${item.indent.length} spaces placed at ${inner.length}`);
      yield `${first ? '[' : ','}\n${inner}${item.text}`;
    } else yield `${first ? '[' : ','}\n${inner}${JSON.stringify(item, null, 2).replaceAll('\n', `\n${inner}`)}`;
    first = false;
  }
  yield first ? '[]' : `\n${indent}]`;
}

/** `text` with each `hole(name)` in it replaced by the pieces of `fills[name]`, written as they come. */
export function* fillHoles(text: string, fills: Record<string, Iterable<string>>): Generator<string> {
  const holes = Object.keys(fills)
    .map((name) => ({ name, at: text.indexOf(hole(name)) }))
    .filter(({ at }) => at >= 0)
    .sort((a, b) => a.at - b.at);
  let from = 0;
  for (const { name, at } of holes) {
    yield text.slice(from, at);
    yield* fills[name]!;
    from = at + hole(name).length;
  }
  yield text.slice(from);
}
