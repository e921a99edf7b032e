// Bytes → text, with the encoding detected, never guessed from the file name: UTF-8 (with or without
// BOM), UTF-16 LE/BE with BOM, and GB18030 — the superset of GBK that Excel on Chinese Windows writes.
// Bytes that are none of these (binary, or invalid in every candidate) are an error here, never mojibake
// passed on to the rules.
import { createRequire } from 'node:module';
import { errorAt } from './diagnostics.js';
import type { Parsed } from './types.js';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  text: string;
  encoding: Encoding;
}

/** C0 control characters other than tab, line feed, form feed and carriage return: a sign of binary data. */
const BINARY = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/;

export function decodeText(bytes: Uint8Array, file: string): Parsed<string> {
  const decoded = detectAndDecode(bytes);
  if (decoded) return { value: decoded.text, diagnostics: [] };
  return { diagnostics: [errorAt('encoding-invalid', { key: 'encoding-invalid' }, { file, line: 1, column: 1 })] };
}

/** A UTF-16 byte order mark, little- or big-endian: the text is not ASCII-compatible. */
export const utf16Bom = (bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined =>
  bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;

export function detectAndDecode(bytes: Uint8Array): DecodedText | undefined {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return strict(bytes.subarray(3), 'utf-8');
  const utf16 = utf16Bom(bytes);
  if (utf16) return strict(bytes.subarray(2), utf16);
  return strict(bytes, 'utf-8') ?? gb18030(bytes);
}

function strict(bytes: Uint8Array, encoding: Exclude<Encoding, 'gb18030'>): DecodedText | undefined {
  try {
    const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return BINARY.test(text) ? undefined : { text, encoding };
  } catch {
    return undefined;
  }
}

const require = createRequire(import.meta.url);
let iconv: typeof import('iconv-lite') | undefined;

function gb18030(bytes: Uint8Array): DecodedText | undefined {
  // Loaded only when a file is not Unicode: most assessments never need it.
  iconv ??= require('iconv-lite') as typeof import('iconv-lite');
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'gb18030');
  return text.includes('\ufffd') || BINARY.test(text) ? undefined : { text, encoding: 'gb18030' };
}
