// The only module that imports @streamparser/json (on first use: a run reads a report only for --baseline or
// a merge): a JSON file read a chunk at a time, the items of one top-level list handed on one by one as they
// are parsed and never kept, and the file's other top-level fields kept. A report of thousands of enterprises
// is then read in the memory of one.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { errorAt, type Diagnostic } from './diagnostics.js';
import { describeIoError } from './load-assessment.js';
import type { Parsed, SourceLocation } from './types.js';

export interface JsonStreamOptions {
  /** The top-level list whose items are streamed (`enterprises`). */
  list: string;
  /** The other top-level fields to keep; any other field is skipped unread. */
  fields: readonly string[];
  /** Each item of the list, in order, as soon as it is parsed, with the fields kept so far (those before the list). */
  onItem: (item: unknown, index: number, fields: Readonly<Record<string, unknown>>) => void;
}

/**
 * The file's kept fields, and the list as `[]` when its items were handed on (missing when the file has none); a
 * file that is not JSON is one located diagnostic.
 */
export async function readJsonStream(file: string, label: string, { list, fields, onItem }: JsonStreamOptions): Promise<Parsed<Record<string, unknown>>> {
  const where: SourceLocation = { file: label, line: 1, column: 1 };
  const info = await stat(file).catch((error: unknown) => error as Error);
  if (info instanceof Error) return { diagnostics: [errorAt('file-unreadable', { key: 'file-unreadable-cause', params: { cause: describeIoError(info) } }, where)] };
  if (!info.isFile()) return { diagnostics: [errorAt('file-not-regular', { key: info.isDirectory() ? 'file-is-folder' : 'file-not-regular' }, where)] };
  const kept: Record<string, unknown> = {};
  let index = 0;
  let failure: Error | undefined;
  const { JSONParser } = await import('@streamparser/json');
  // keepStack false: an item handed on is not kept in its list, so the list never grows.
  const parser = new JSONParser({ paths: [`$.${list}.*`, ...fields.map((field) => `$.${field}`)], keepStack: false, stringBufferSize: 64 * 1024 });
  parser.onValue = ({ value, key, stack }) => {
    if (stack.length === 2) onItem(value, index++, kept);
    else if (typeof key === 'string') kept[key] = value;
  };
  parser.onError = (error) => void (failure ??= error);
  try {
    for await (const chunk of createReadStream(file)) {
      parser.write(chunk as Buffer);
      if (failure) break;
    }
  } catch (error) {
    return { diagnostics: [errorAt('file-unreadable', { key: 'file-unreadable-cause', params: { cause: describeIoError(error) } }, where)] };
  }
  if (!failure && !parser.isEnded) parser.end();
  if (failure) return { diagnostics: [errorAt('json-syntax', { key: 'json-syntax', params: { detail: failure.message } }, await locateFailure(file, label, failure, info.size))] };
  return { value: { ...kept, ...(await listAsWritten(file, list, index)) }, diagnostics: [] };
}

/**
 * The list as the caller may check it: `[]` once its items were handed on; with none, as the file has it (`[]`,
 * something that is no list, or missing) — read whole then, which a file without items is small enough for.
 */
async function listAsWritten(file: string, list: string, items: number): Promise<Record<string, unknown>> {
  if (items > 0) return { [list]: [] };
  const whole = JSON.parse(await readFile(file, 'utf8')) as unknown;
  return whole && typeof whole === 'object' && list in whole ? { [list]: (whole as Record<string, unknown>)[list] } : {};
}

/**
 * The line and column of the byte the parser stopped at: the position it names, or, where it names none (the
 * text ended inside a value), the end of the file — where a report cut short stops.
 */
async function locateFailure(file: string, label: string, failure: Error, size: number): Promise<SourceLocation> {
  const named = /absolute position "(\d+)"/.exec(failure.message)?.[1];
  const position = named === undefined ? size : Number(named);
  if (position <= 0) return { file: label, line: 1, column: 1 };
  let line = 1;
  // The bytes of the line the position is on, so that its column counts characters, not bytes.
  let current: Buffer[] = [];
  for await (const chunk of createReadStream(file, { end: position - 1 })) {
    const bytes = chunk as Buffer;
    let start = 0;
    for (let i = bytes.indexOf(10); i >= 0; i = bytes.indexOf(10, i + 1)) {
      line += 1;
      current = [];
      start = i + 1;
    }
    current.push(bytes.subarray(start));
  }
  return { file: label, line, column: [...Buffer.concat(current).toString('utf8')].length + 1 };
}
