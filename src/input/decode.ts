// Bytes → text. UTF-8 (with or without BOM) and UTF-16 with BOM; anything that is not valid text is
// an error here, never mojibake passed on to the rules.
import { errorAt } from './diagnostics.js';
import type { Parsed } from './types.js';

export function decodeText(bytes: Uint8Array, file: string): Parsed<string> {
  const [a, b, c] = bytes;
  try {
    if (a === 0xef && b === 0xbb && c === 0xbf) return { value: new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3)), diagnostics: [] };
    if (a === 0xff && b === 0xfe) return { value: new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2)), diagnostics: [] };
    if (a === 0xfe && b === 0xff) return { value: new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2)), diagnostics: [] };
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (text.includes('\u0000')) throw new Error('binary');
    return { value: text, diagnostics: [] };
  } catch {
    return { diagnostics: [errorAt('encoding-invalid', { key: 'encoding-invalid' }, { file, line: 1, column: 1 })] };
  }
}
