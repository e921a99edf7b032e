// The likely cause of a YAML syntax error, said where it is. The parser reports what it could not read
// (an implicit key over two lines, a flow collection badly indented, a quote missing at the end of the
// file); a safety manager typing in a Chinese input method made one of a few mistakes, usually on the
// line the error starts on or on the line of the quote or bracket left open. Pure text work: no parser types.
// A full-width space that the parser reads without complaint (it is not YAML whitespace) makes a key like
// `　　region`; yaml.ts reports such a key with the same hint.

export type YamlHint = 'fullwidth-colon' | 'tab' | 'missing-space' | 'fullwidth-space' | 'unclosed-quote' | 'unclosed-bracket' | 'mixed-indent';

/** A parser error as the adapter hands it over: its code, offsets and first message line. */
export interface SyntaxError {
  code: string;
  pos: [number, number];
  message: string;
}

/** A syntax error explained: the hint, if one fits, and the offset to point at. */
export interface ExplainedError {
  error: SyntaxError;
  hint?: YamlHint;
  offset: number;
  params?: Record<string, string>;
}

/**
 * Each error with its likely cause. An error that follows from one explained just above (a tab's line read
 * as a key, then the key as spanning two lines) is left out: the user sees the cause once, at its line.
 */
export function explainSyntaxErrors(errors: readonly SyntaxError[], text: string): ExplainedError[] {
  const lines = lineStarts(text);
  const lineOf = (offset: number) => lineAt(lines, offset);
  const explained = errors.map((error) => explainOne(error, text, lines, lineOf));
  const hinted = explained.filter((item) => item.hint).map((item) => lineOf(item.offset));
  const seen = new Set<string>();
  return explained.filter((item) => {
    const line = lineOf(item.error.pos[0]);
    if (!item.hint && hinted.some((at) => line >= at - 1 && line <= at + 2)) return false;
    const key = `${item.hint ?? item.error.code}|${lineOf(item.offset)}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

function explainOne(error: SyntaxError, text: string, lines: number[], lineOf: (offset: number) => number): ExplainedError {
  const plain: ExplainedError = { error, offset: error.pos[0] };
  if (error.code === 'TAB_AS_INDENT') return { ...plain, hint: 'tab' };
  if (/quote/i.test(error.message) && error.code === 'MISSING_CHAR') {
    const open = findUnclosedQuote(text);
    return open === undefined ? plain : { error, hint: 'unclosed-quote', offset: open, params: { quote: text[open]! } };
  }
  if (/flow (sequence|map)|end with a [\]}]/i.test(error.message)) {
    const open = findUnclosedBracket(text, error.pos[0]);
    return open === undefined ? plain : { error, hint: 'unclosed-bracket', offset: open, params: { open: text[open]!, close: text[open] === '[' ? ']' : '}' } };
  }
  if (error.code === 'BAD_INDENT' && /same column/.test(error.message)) return { ...plain, hint: 'mixed-indent' };
  const line = lineOf(error.pos[0]);
  return hintOnLine(error, text, lines, line) ?? indentedSibling(error, text, lines, line) ?? plain;
}

/** A full-width colon, a full-width space (at the start or after the colon), or `key:value` without the space, on the error's line. */
function hintOnLine(error: SyntaxError, text: string, lines: number[], line: number): ExplainedError | undefined {
  const start = lines[line - 1]!;
  const content = lineText(text, lines, line);
  const colon = /^[^:#'"]*?：/.exec(content);
  if (colon) return { error, hint: 'fullwidth-colon', offset: start + colon[0].length - 1 };
  const space = /^ *\u3000/.exec(content) ?? /^ *(?:- +)?[^\s#'"{[][^:#]*?:\u3000/.exec(content);
  if (space) return { error, hint: 'fullwidth-space', offset: start + space[0].length - 1 };
  const tight = /^( *(?:- +)?)([^\s#'"{[][^:#]*?):(?=[^\s/])/.exec(content);
  if (tight) return { error, hint: 'missing-space', offset: start + tight[0].length, params: { key: tight[2]!.trim() } };
  return undefined;
}

/** `key: value` followed by a line indented further: a sibling that slipped right, not a child. */
function indentedSibling(error: SyntaxError, text: string, lines: number[], line: number): ExplainedError | undefined {
  const current = lineText(text, lines, line);
  const next = line < lines.length ? lineText(text, lines, line + 1) : undefined;
  if (next === undefined || !/^ *[^\s#-][^:]*: +\S/.test(current)) return undefined;
  const indent = (value: string) => /^ */.exec(value)![0].length;
  if (indent(next) <= indent(current) || next.trim() === '') return undefined;
  return { error, hint: 'mixed-indent', offset: lines[line]! + indent(next) };
}

/** The offset of the quote that opens a scalar and is never closed. */
function findUnclosedQuote(text: string): number | undefined {
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) i = endOfLine(text, i);
    else if ((c === '"' || c === "'") && opensScalar(text, i)) {
      const close = closingQuote(text, i);
      if (close === undefined) return i;
      i = close;
    }
  }
  return undefined;
}

const opensScalar = (text: string, at: number) => /(^|[:\-[{,?])\s*$|^\s*$/.test(text.slice(text.lastIndexOf('\n', at - 1) + 1, at));

function closingQuote(text: string, open: number): number | undefined {
  const quote = text[open];
  for (let i = open + 1; i < text.length; i++) {
    if (quote === '"' && text[i] === '\\') i++;
    else if (text[i] === quote) {
      if (quote === "'" && text[i + 1] === "'") i++;
      else return i;
    }
  }
  return undefined;
}

/** The offset of the last `[` or `{` still open at `until`, outside quotes and comments. */
function findUnclosedBracket(text: string, until: number): number | undefined {
  const open: number[] = [];
  for (let i = 0; i < Math.min(until, text.length); i++) {
    const c = text[i]!;
    if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) i = endOfLine(text, i);
    else if ((c === '"' || c === "'") && opensScalar(text, i)) i = closingQuote(text, i) ?? text.length;
    else if (c === '[' || c === '{') open.push(i);
    else if (c === ']' || c === '}') open.pop();
  }
  return open.at(-1);
}

const endOfLine = (text: string, from: number) => {
  const end = text.indexOf('\n', from);
  return end < 0 ? text.length : end - 1;
};

/** 1-based line of an offset, by binary search over the lines' starts. */
function lineAt(lines: number[], offset: number): number {
  let [low, high] = [0, lines.length - 1];
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lines[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

const lineText = (text: string, lines: number[], line: number) => text.slice(lines[line - 1], (lines[line] ?? text.length + 1) - 1).replace(/\r$/, '');
