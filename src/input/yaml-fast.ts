// The fast way to read a well-formed self-assessment: js-yaml's flat event stream (offsets into the text, no
// tree), turned into plain data and the JSON Pointer source map in one walk. It reads only the plain case — one
// document, a mapping at the top, no anchors, aliases, tags or directives, no duplicate keys, numbers JSON can
// hold — and gives up on anything else (`undefined`), which yaml.ts then reads with `yaml`, the parser that
// explains problems with their place and likely cause. What it does read, it reads as `yaml` would: plain
// scalars are resolved by the YAML 1.2 core schema's own patterns, keys are located where `yaml` locates them,
// and test/input/yaml-fast.test.ts holds the two to the same answer.
import { EVENT_ID, SCALAR_STYLE, getScalarValue, parseEvents, type Event, type ScalarEvent } from 'js-yaml';
import { isSafeNumber } from './coerce-cell.js';
import { escapePointerToken } from './pointer.js';
import type { SourceLocation } from './types.js';
import { SourceMapWithTables } from './table-source-map.js';

export interface FastYaml {
  data: Record<string, unknown>;
  sourceMap: SourceMapWithTables;
}

/** Thrown inside the walk to give up; never leaves this module. */
const GIVE_UP = Symbol('give up');

/**
 * The data and source map of `text`, or `undefined` where the full parser must read it: a syntax error, more
 * than one document, anything this walk does not read, or something `yaml` would say (a duplicate key, a key
 * starting or ending with a full-width space, a number out of range).
 */
export function readPlainYaml(text: string, file: string, maxDepth: number, maxLength: number): FastYaml | undefined {
  // A byte order mark or a lone CR would shift offsets or lines against `yaml`'s; a very long text is counted first.
  if (text.length > maxLength || text.charCodeAt(0) === 0xfeff || /\r(?!\n)/.test(text)) return undefined;
  let events: Event[];
  try {
    events = parseEvents(text, { maxDepth });
  } catch {
    return undefined;
  }
  try {
    return build(events, text, file);
  } catch (error) {
    if (error === GIVE_UP) return undefined;
    throw error;
  }
}

interface Open {
  value: Record<string, unknown> | unknown[];
  pointer: string;
  /** In a mapping, the key read and waiting for its value (never set in a sequence), and where it starts. */
  key: string | undefined;
  keyAt: number;
}

function build(events: Event[], text: string, file: string): FastYaml {
  const head = events[0];
  if (head?.type !== EVENT_ID.DOCUMENT || head.directives.length) throw GIVE_UP;
  const rootEvent = events[1];
  if (rootEvent?.type !== EVENT_ID.MAPPING) throw GIVE_UP;
  const locate = locator(text, file);
  const root: Record<string, unknown> = {};
  const sourceMap = new SourceMapWithTables([['', locate(rootEvent.start)]]);
  checkBare(rootEvent);
  const stack: Open[] = [{ value: root, pointer: '', key: undefined, keyAt: -1 }];
  let index = 2;
  for (; index < events.length && stack.length; index++) {
    const event = events[index]!;
    const top = stack[stack.length - 1]!;
    if (event.type === EVENT_ID.POP) {
      stack.pop();
      continue;
    }
    if (event.type === EVENT_ID.SCALAR) {
      checkBare(event);
      if (!Array.isArray(top.value) && top.key === undefined) {
        top.key = keyOf(event, text);
        top.keyAt = startOf(event);
        continue;
      }
      const value = scalarValue(event, text);
      // An item is located where it starts, an include at the file name it gives, any other value at its key.
      const at = Array.isArray(top.value) || top.key === '$csv' ? writtenAt(event) : top.keyAt;
      place(top, value, at, sourceMap, locate);
      continue;
    }
    if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) {
      checkBare(event);
      // A mapping or sequence as a key.
      if (!Array.isArray(top.value) && top.key === undefined) throw GIVE_UP;
      const value = event.type === EVENT_ID.MAPPING ? {} : [];
      const pointer = place(top, value, Array.isArray(top.value) ? event.start : top.keyAt, sourceMap, locate);
      stack.push({ value, pointer, key: undefined, keyAt: -1 });
      continue;
    }
    // An alias, or a second document.
    throw GIVE_UP;
  }
  // After the top mapping only its document's end may follow.
  if (stack.length || index !== events.length - 1 || events[index]?.type !== EVENT_ID.POP) throw GIVE_UP;
  return { data: root, sourceMap };
}

/** Put a value under its key or at the sequence's end, locating it; its pointer. */
function place(top: Open, value: unknown, at: number, sourceMap: Map<string, SourceLocation>, locate: (offset: number) => SourceLocation): string {
  let pointer: string;
  if (Array.isArray(top.value)) {
    pointer = `${top.pointer}/${top.value.length}`;
    top.value.push(value);
  } else {
    const key = top.key!;
    top.key = undefined;
    // A duplicate key is `yaml`'s to report, with its name and place.
    if (Object.hasOwn(top.value, key)) throw GIVE_UP;
    pointer = `${top.pointer}/${escapePointerToken(key)}`;
    if (key === '__proto__') Object.defineProperty(top.value, key, { value, enumerable: true, writable: true, configurable: true });
    else top.value[key] = value;
  }
  sourceMap.set(pointer, locate(at));
  return pointer;
}

/** A mapping key as `yaml` turns it into a property name; duplicates and a full-width space at either end are `yaml`'s to report. */
function keyOf(event: ScalarEvent, text: string): string {
  // `yaml` refuses an implicit key whose `:` is more than 1024 characters on, as YAML says.
  if (event.valueEnd - event.valueStart > 1000) throw GIVE_UP;
  const value = scalarValue(event, text);
  if (value === null || typeof value === 'object') throw GIVE_UP;
  const key = String(value);
  if (key.startsWith('\u3000') || key.endsWith('\u3000')) throw GIVE_UP;
  return key;
}

const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
/** Could a plain scalar be other than a string: empty, or starting with a character one of the patterns above starts with. */
const MAY_RESOLVE = /^(?:$|[-+.~0-9nNtTfF])/;

/** A scalar's value: a quoted or block scalar is a string; a plain one is resolved in the order of `yaml`'s core schema. */
function scalarValue(event: ScalarEvent, text: string): unknown {
  if (event.valueStart === -1) return null;
  const source = event.fast ? text.slice(event.valueStart, event.valueEnd) : getScalarValue(text, event);
  if (event.style !== SCALAR_STYLE.PLAIN || !MAY_RESOLVE.test(source)) return source;
  if (NULL.test(source)) return null;
  if (BOOL.test(source)) return source[0] === 't' || source[0] === 'T';
  let value: number;
  if (INT_OCT.test(source)) value = parseInt(source.slice(2), 8);
  else if (INT.test(source)) value = parseInt(source, 10);
  else if (INT_HEX.test(source)) value = parseInt(source.slice(2), 16);
  // `.inf` and `.nan` are out of JSON's range, which `yaml` reports.
  else if (FLOAT_NAN.test(source)) throw GIVE_UP;
  else if (FLOAT_EXP.test(source) || FLOAT.test(source)) value = parseFloat(source);
  else return source;
  // A number JSON cannot hold exactly is `yaml`'s to report, at its place.
  if (!isSafeNumber(value, source)) throw GIVE_UP;
  return value;
}

/** Anchors and tags are read by `yaml`, which knows their rules and limits. */
function checkBare(event: { anchorStart: number; tagStart: number }): void {
  if (event.anchorStart !== -1 || event.tagStart !== -1) throw GIVE_UP;
}

/** Where `yaml` says a scalar starts: at its opening quote or block indicator. */
function startOf(event: ScalarEvent): number {
  if (event.style === SCALAR_STYLE.SINGLE_QUOTED || event.style === SCALAR_STYLE.DOUBLE_QUOTED) return event.valueStart - 1;
  if (event.style === SCALAR_STYLE.PLAIN) return event.valueStart;
  // A block scalar's content starts lines below its indicator.
  throw GIVE_UP;
}

/** Where a value starts; an empty one has no place in the event stream. */
function writtenAt(event: ScalarEvent): number {
  if (event.valueStart === -1) throw GIVE_UP;
  return startOf(event);
}

/** Offset → line and column (both from 1), as `yaml`'s LineCounter counts them: lines end at `\n`. */
function locator(text: string, file: string): (offset: number) => SourceLocation {
  const starts = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  // Offsets come mostly in order: look from the last line found before searching.
  let last = 0;
  return (offset) => {
    let line = last;
    if (!(starts[line]! <= offset && (line + 1 >= starts.length || offset < starts[line + 1]!))) {
      let low = 0;
      let high = starts.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (starts[middle]! <= offset) low = middle;
        else high = middle - 1;
      }
      line = low;
    }
    last = line;
    return { file, line: line + 1, column: offset - starts[line]! + 1 };
  };
}
