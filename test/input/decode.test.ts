import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/input/index.js';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeText', () => {
  it.each([
    ['UTF-8 without BOM', utf8('名称: 甲')],
    ['UTF-8 with BOM', Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('名称: 甲')])],
    ['UTF-16 LE with BOM', Uint8Array.from([0xff, 0xfe, ...Buffer.from('名称: 甲', 'utf16le')])],
    ['UTF-16 BE with BOM', Uint8Array.from([0xfe, 0xff, ...Buffer.from('名称: 甲', 'utf16le').swap16()])],
  ])('given %s, decodes the text', (_name, bytes) => {
    expect(decodeText(bytes, 'f').value).toBe('名称: 甲');
  });

  it.each([
    ['invalid UTF-8 bytes', Uint8Array.from([0xc3, 0x28, 0xa0, 0xa1])],
    ['binary with NUL bytes', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00])],
  ])('given %s, reports encoding-invalid instead of passing mojibake on', (_name, bytes) => {
    const { value, diagnostics } = decodeText(bytes, 'f');
    expect(value).toBeUndefined();
    expect(diagnostics).toMatchObject([{ code: 'encoding-invalid', location: { file: 'f', line: 1, column: 1 } }]);
  });
});
